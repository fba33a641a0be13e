import express from 'express';
import type { GraphQLErrorCode } from '../errors/error-codes';
import { GRAPHQL_RESPONSE_JSON, sendError } from '../http/error-reply';
import { malformedInput, MALFORMED_INPUT_MESSAGES } from './well-formed-input';
import { msg, type Message } from '../i18n/message';

const NOT_JSON = msg(
  'Send the GraphQL request as application/json.',
  'Hãy gửi yêu cầu GraphQL dưới dạng application/json.',
);

/** The largest GraphQL request body taken (an import's CSV or base64 XLSX travels inside it). */
export const GRAPHQL_BODY_LIMIT_MB = 6;

/**
 * What stands before Apollo at /graphql: a POST must be JSON (415), at most GRAPHQL_BODY_LIMIT_MB once inflated
 * (413), parse (400), and hold well-formed text nested no deeper than MAX_INPUT_DEPTH (400). Each refusal is
 * answered in the GraphQL error shape (here or by `answerBodyErrors`), never as a 500.
 */
export function graphqlBody(): express.RequestHandler[] {
  return [
    (req, res, next) => {
      if (req.method !== 'POST' || req.is('application/json')) return next();
      sendError(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', NOT_JSON);
    },
    express.json({ limit: `${GRAPHQL_BODY_LIMIT_MB}mb` }),
    (req, res, next) => {
      const reason = malformedInput(req.body); // GET requests are checked by the refuseMalformedInput plugin
      if (!reason) return next();
      sendError(req, res, 400, 'BAD_USER_INPUT', MALFORMED_INPUT_MESSAGES[reason], reason);
    },
  ];
}

/** Answers the body reader's refusals (invalid JSON, too large, unknown charset or encoding) with their 4xx status. */
export const answerBodyErrors: express.ErrorRequestHandler = (error, req, res, next) => {
  const status = clientErrorStatus(error);
  if (status === null || res.headersSent) return next(error);
  let code: GraphQLErrorCode = 'BAD_REQUEST';
  let message: Message =
    error instanceof SyntaxError
      ? msg('The request body is not valid JSON.', 'Nội dung yêu cầu không phải là JSON hợp lệ.')
      : msg('The request is malformed.', 'Yêu cầu không đúng định dạng.');
  if (status === 413) {
    code = 'PAYLOAD_TOO_LARGE';
    message = msg(
      `The request body is larger than ${GRAPHQL_BODY_LIMIT_MB} MB.`,
      `Nội dung yêu cầu lớn hơn ${GRAPHQL_BODY_LIMIT_MB} MB.`,
    );
  } else if (status === 415) {
    code = 'UNSUPPORTED_MEDIA_TYPE';
    message = msg(
      'Send the request as UTF-8 JSON, plain or gzip/deflate.',
      'Hãy gửi yêu cầu dưới dạng JSON UTF-8, không nén hoặc nén gzip/deflate.',
    );
  }
  sendError(req, res, status, code, message);
};

/** The status of an error body-parser raised about the request (`status` 4xx, `expose`), else null. */
function clientErrorStatus(error: unknown): number | null {
  const { status, expose } = (error ?? {}) as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true ? status : null;
}

/** The codes of a GraphQL request error: the request was well formed, its document or variables are refused. */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set<GraphQLErrorCode>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * GraphQL over HTTP's statuses for a caller that asks for `application/json` by name (not `*∕*`, not
 * `application/graphql-response+json`, not without an Accept header): a GraphQL request error (syntax, validation,
 * a limit, variables that do not coerce or cannot be stored) is answered 200 with the errors in the body, as the spec
 * asks of that legacy media type; every other caller keeps its 400. A request that is not well formed (not JSON, no
 * `query`, a parameter of the wrong type: BAD_REQUEST) stays 400, and other statuses (401, 405, 413, 415, 5xx) too.
 */
export const legacyJsonStatus: express.RequestHandler = (req, res, next) => {
  // `accepts` answers the first of the list for *∕*, application/* or no Accept header at all.
  if (req.accepts([GRAPHQL_RESPONSE_JSON, 'application/json']) === 'application/json') {
    const send = res.send.bind(res);
    res.send = ((body?: unknown) => {
      if (res.statusCode === 400 && holdsRequestErrorsOnly(body)) res.status(200);
      return send(body);
    }) as express.Response['send'];
  }
  next();
};

function holdsRequestErrorsOnly(body: unknown): boolean {
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return false;
  try {
    const { errors } = JSON.parse(body.toString()) as { errors?: { extensions?: { code?: unknown } }[] };
    return (
      Array.isArray(errors) &&
      errors.length > 0 &&
      errors.every((error) => REQUEST_ERROR_CODES.has(String(error?.extensions?.code)))
    );
  } catch {
    return false;
  }
}
