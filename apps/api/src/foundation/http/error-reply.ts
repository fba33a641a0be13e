import type { Request, Response } from 'express';
import type { GraphQLErrorCode } from '../errors/error-codes';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/** The one error body of the API's HTTP answers, GraphQL's and the plain routes' alike. */
export interface ErrorBody {
  errors: { message: string; extensions: { code: GraphQLErrorCode; reason?: string } }[];
}

export function errorBody(code: GraphQLErrorCode, message: string, reason?: string): ErrorBody {
  return { errors: [{ message, extensions: reason ? { code, reason } : { code } }] };
}

/**
 * Answers `status` with `{ errors: [{ message, extensions: { code[, reason] } }] }`, as
 * `application/graphql-response+json` when the caller prefers it (GraphQL over HTTP), else `application/json`.
 */
export function sendError(
  req: Request,
  res: Response,
  status: number,
  code: GraphQLErrorCode,
  message: string,
  reason?: string,
): void {
  const type =
    req.accepts(['application/json', GRAPHQL_RESPONSE_JSON]) === GRAPHQL_RESPONSE_JSON
      ? GRAPHQL_RESPONSE_JSON
      : 'application/json';
  res
    .status(status)
    .type(type)
    .send(JSON.stringify(errorBody(code, message, reason)));
}
