import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../config/logger';
import { GRAPHQL_ERROR_CODE_LIST } from '../errors/error-codes';
import { Refusal } from '../errors/refusal';
import { msg, type Message } from '../i18n/message';
import { bilingual, withMessage } from './localized-errors';

/** Codes a client may see (docs/api-errors.md lists them); anything else is an unexpected failure and is masked. */
const PUBLIC_CODES: ReadonlySet<string> = new Set(
  GRAPHQL_ERROR_CODE_LIST.filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
);

/**
 * The one GraphQL mapping of errors: a service's `Refusal` to its code, the libraries' codes onto the contract's;
 * unexpected errors are masked (logged, never leaked). Each keeps its message in both languages when it has them
 * (localized-errors.ts), for the answer to give the caller's.
 */
export function createErrorFormatter(log: Logger) {
  const format = formatter(log);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    // A masked failure says only that it failed, in both languages: never the message of the error it hides.
    return result.extensions?.code === 'INTERNAL_SERVER_ERROR' ? result : bilingual(result, error);
  };
}

const INTERNAL_ERROR = msg('Internal server error', 'Lỗi máy chủ');

function formatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof Refusal) {
      const extensions = original.reason ? { code: original.code, reason: original.reason } : { code: original.code };
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const code = publicCode(formatted.extensions?.code);
    if (code && PUBLIC_CODES.has(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code,
          ...detailsOf(formatted.extensions),
        },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
    const masked = { message: INTERNAL_ERROR.en, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    return bilingual(masked, withMessage(new Error(INTERNAL_ERROR.en), INTERNAL_ERROR));
  };
}

/**
 * The details a client may read beside the code: `reason`, which rule refused the input (e.g. MALFORMED_TEXT), for
 * a client to show the right message; `retryAfterSeconds`, when a RATE_LIMITED request may be tried again.
 */
function detailsOf(extensions: GraphQLFormattedError['extensions']): { reason?: string; retryAfterSeconds?: number } {
  const details: { reason?: string; retryAfterSeconds?: number } = {};
  if (typeof extensions?.reason === 'string') details.reason = extensions.reason;
  if (typeof extensions?.retryAfterSeconds === 'number') details.retryAfterSeconds = extensions.retryAfterSeconds;
  return details;
}

function publicCode(code: unknown): string | null {
  if (code === 'UNAUTHORIZED') return 'FORBIDDEN'; // type-graphql's name for a role that is not allowed
  return typeof code === 'string' ? code : null;
}

/** A top-level BAD_USER_INPUT error for arguments outside the contract (e.g. a page larger than allowed). */
export function badUserInput(message: Message): GraphQLError {
  return withMessage(new GraphQLError(message.en, { extensions: { code: 'BAD_USER_INPUT' } }), message);
}
