import type { Request, Response } from 'express';
import type { GraphQLErrorCode } from '../errors/error-codes';
import { languageOf, localize, varyByLanguage, type Message } from '../i18n/message';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** The one error body of the API's HTTP answers, GraphQL's and the plain routes' alike. */
export interface ErrorBody {
  errors: { message: string; extensions: { code: GraphQLErrorCode; reason?: string } }[];
}

export function errorBody(code: GraphQLErrorCode, message: string, reason?: string): ErrorBody {
  return { errors: [{ message, extensions: reason ? { code, reason } : { code } }] };
}

/** `message` in the language `req` asks for (`Accept-Language`), the answer marked `Vary: Accept-Language`. */
export function messageFor(req: Request, res: Response, message: Message): string {
  varyByLanguage(res);
  return localize(message, languageOf(req));
}

/**
 * Answers `status` with `{ errors: [{ message, extensions: { code[, reason] } }] }`, as
 * `application/graphql-response+json` when the caller prefers it (GraphQL over HTTP), else `application/json`; the
 * message in the caller's language (`Accept-Language`: vi or en, English by default).
 */
export function sendError(
  req: Request,
  res: Response,
  status: number,
  code: GraphQLErrorCode,
  message: Message,
  reason?: string,
): void {
  const type =
    req.accepts(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON
      ? GRAPHQL_RESPONSE_JSON
      : 'application/json';
  res
    .status(status)
    .type(type)
    .send(JSON.stringify(errorBody(code, messageFor(req, res, message), reason)));
}
