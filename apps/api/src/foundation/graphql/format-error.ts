import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../config/logger';
import { GRAPHQL_ERROR_CODE_LIST } from '../errors/error-codes';
import { Refusal } from '../errors/refusal';

/** Codes a client may see (docs/api-errors.md lists them); anything else is an unexpected failure and is masked. */
const PUBLIC_CODES: ReadonlySet<string> = new Set(
  GRAPHQL_ERROR_CODE_LIST.filter((code) => code !== 'INTERNAL_SERVER_ERROR'),
);

/**
 * The one GraphQL mapping of errors: a service's `Refusal` to its code, the libraries' codes onto the contract's;
 * unexpected errors are masked (logged, never leaked).
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof Refusal) {
      const extensions = original.reason ? { code: original.code, reason: original.reason } : { code: original.code };
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const code = publicCode(formatted.extensions?.code);
    if (code && PUBLIC_CODES.has(code)) {
      // `reason` says which rule refused the input (e.g. MALFORMED_TEXT), for a client to show the right message.
      const reason = formatted.extensions?.reason;
      const extensions = typeof reason === 'string' ? { code, reason } : { code };
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

function publicCode(code: unknown): string | null {
  if (code === 'UNAUTHORIZED') return 'FORBIDDEN'; // type-graphql's name for a role that is not allowed
  return typeof code === 'string' ? code : null;
}

/** A top-level BAD_USER_INPUT error for arguments outside the contract (e.g. a page larger than allowed). */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
