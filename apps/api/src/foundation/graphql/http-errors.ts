import express from 'express';
import { MALFORMED_INPUT_MESSAGES, malformedInput, type MalformedInputReason } from './well-formed-input';

/** The largest GraphQL request body taken (an import's CSV or base64 XLSX travels inside it). */
export const GRAPHQL_BODY_LIMIT_MB = 6;

type GraphQLHttpCode = 'BAD_REQUEST' | 'BAD_USER_INPUT' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE';

/**
 * What stands before Apollo at /graphql: a POST must be JSON (415), at most GRAPHQL_BODY_LIMIT_MB once inflated
 * (413), parse (400), and hold well-formed text nested no deeper than MAX_INPUT_DEPTH (400). Each refusal is
 * answered in the GraphQL error shape (here or by `answerBodyErrors`), never as a 500.
 */
export function graphqlBody(): express.RequestHandler[] {
  return [
    (req, res, next) => {
      if (req.method !== 'POST' || req.is('application/json')) return next();
      sendGraphQLError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the GraphQL request as application/json.');
    },
    express.json({ limit: `${GRAPHQL_BODY_LIMIT_MB}mb` }),
    (req, res, next) => {
      const reason = malformedInput(req.body); // GET requests are checked by the refuseMalformedInput plugin
      if (!reason) return next();
      sendGraphQLError(res, 400, 'BAD_USER_INPUT', MALFORMED_INPUT_MESSAGES[reason], reason);
    },
  ];
}

/** Answers the body reader's refusals (invalid JSON, too large, unknown charset or encoding) with their 4xx status. */
export const answerBodyErrors: express.ErrorRequestHandler = (error, _req, res, next) => {
  const status = clientErrorStatus(error);
  if (status === null || res.headersSent) return next(error);
  if (status === 413) {
    sendGraphQLError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${GRAPHQL_BODY_LIMIT_MB} MB.`);
  } else if (status === 415) {
    sendGraphQLError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request as UTF-8 JSON, plain or gzip/deflate.');
  } else {
    const message = error instanceof SyntaxError ? 'The request body is not valid JSON.' : 'The request is malformed.';
    sendGraphQLError(res, status, 'BAD_REQUEST', message);
  }
};

/** The status of an error body-parser raised about the request (`status` 4xx, `expose`), else null. */
function clientErrorStatus(error: unknown): number | null {
  const { status, expose } = (error ?? {}) as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true ? status : null;
}

function sendGraphQLError(
  res: express.Response,
  status: number,
  code: GraphQLHttpCode,
  message: string,
  reason?: MalformedInputReason,
): void {
  res.status(status).json({ errors: [{ message, extensions: reason ? { code, reason } : { code } }] });
}
