import type { NextFunction, Request, Response, Router } from 'express';
import { ANYONE, authorize } from '../access/authorization';
import type { Viewer } from '../access/viewer';
import type { GraphQLErrorCode } from '../errors/error-codes';
import { httpStatusOf, Refusal } from '../errors/refusal';
import { errorBody, messageFor, sendError } from './error-reply';
import { MALFORMED_INPUT_MESSAGES, malformedInput } from '../graphql/well-formed-input';
import { msg, numberVi, type Message } from '../i18n/message';
import { budgetKeyOf, type RateBudgets } from '../rate-limit/rate-budget';
import { rateLimitHeaders } from '../rate-limit/rate-limit-headers';

/** What a plain HTTP route (an export, an upload) costs its caller's rate budget: as much as a ranking. */
export const HTTP_ROUTE_COST = 8_000;

const SIGN_IN = msg(
  'Sign in first: send Authorization: Bearer <token>.',
  'Hãy đăng nhập trước: gửi Authorization: Bearer <token>.',
);
const TOKEN_SCOPE = msg(
  'This API token has no scope for this route.',
  'Mã truy cập API này không có phạm vi cho đường dẫn này.',
);
const ROLE_DENIED = msg('Your role may not use this route.', 'Vai trò của bạn không được dùng đường dẫn này.');

/** What a plain HTTP route does once its caller is admitted. */
export type HttpRouteHandler = (req: Request, res: Response, viewer: Viewer) => Promise<void>;

/** A plain HTTP route (an export, an upload): registered only through `registerHttpRoutes`. */
export interface HttpRoute<Services> {
  method: 'GET' | 'POST';
  path: string;
  /** `@Authorized(…)` entries: the same as the GraphQL operation named by `twin`, checked before any input. */
  entries: readonly string[];
  /** The GraphQL query or mutation this route serves another way; null when there is none. */
  twin: string | null;
  handler(services: Services): HttpRouteHandler;
  /**
   * Also answer a refusal's code (its `reason` when it has one) and message as top-level `error` and `message`,
   * beside `errors`: the shape this route answered in release 0.1.0. Deprecated (docs/api-changelog.md): the web
   * app reads `errors` now; kept for other apps as the deprecation policy asks.
   */
  legacyErrorFields?: boolean;
}

/**
 * A route open to anyone (the public scoreboard): its entries are `[ANYONE]`, it is handed no viewer and looks none
 * up, and its answers set their own caching (they hold only what an admin published).
 */
export interface OpenHttpRoute<Services> {
  method: 'GET';
  path: string;
  entries: readonly [typeof ANYONE];
  twin: null;
  handler(services: Services): (req: Request, res: Response) => Promise<void>;
}

/** Finds the caller of a request: null for none or an unknown, expired or revoked token. */
export type FindViewer = (req: Request) => Promise<Viewer | null>;

/**
 * Registers each route behind the one authorization rule: 401 without a valid token, 403 for a caller its entries
 * do not admit, both before the query string or body is read; then 400 for a query string PostgreSQL could not
 * hold (refuseMalformedQuery, open routes too); then 429 when the caller's rate budget cannot pay
 * HTTP_ROUTE_COST (headers `RateLimit-*`, `Retry-After`). Answers are never stored by a cache
 * (`Cache-Control: no-store`): they hold data only their caller may read. An open route (`[ANYONE]`) is admitted at once
 * and answers as it says. Refusals are answered as GraphQL answers
 * its errors, `{ errors: [{ message, extensions: { code[, reason] } }] }`, with their status: a service's `Refusal`
 * 400, 403 or 404; anything else is left to the server's error handler (500, same shape).
 */
export function registerHttpRoutes<Services>(
  router: Router,
  routes: readonly (HttpRoute<Services> | OpenHttpRoute<Services>)[],
  viewerOf: FindViewer,
  services: Services,
  budgets: RateBudgets | null = null,
): void {
  for (const route of routes) {
    if (isOpen(route)) {
      registerOpenRoute(router, route, services);
      continue;
    }
    const handle = route.handler(services);
    const refuse = (
      req: Request,
      res: Response,
      status: number,
      code: GraphQLErrorCode,
      message: Message,
      reason?: string,
    ) => {
      if (!route.legacyErrorFields) return sendError(req, res, status, code, message, reason);
      const text = messageFor(req, res, message);
      res.status(status).json({ ...errorBody(code, text, reason), error: reason ?? code, message: text });
    };
    const guarded = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      try {
        res.set('Cache-Control', 'no-store');
        const viewer = await viewerOf(req);
        const decision = authorize(viewer, route.entries);
        if (decision === 'UNAUTHENTICATED' || !viewer) {
          refuse(req, res, 401, 'UNAUTHENTICATED', SIGN_IN);
          return;
        }
        if (decision === 'FORBIDDEN') {
          refuse(req, res, 403, 'FORBIDDEN', viewer.tokenId ? TOKEN_SCOPE : ROLE_DENIED);
          return;
        }
        refuseMalformedQuery(req);
        const key = budgetKeyOf(viewer);
        if (budgets && key) {
          const charge = await budgets.charge(key, HTTP_ROUTE_COST);
          res.set(rateLimitHeaders(charge));
          if (!charge.admitted) {
            const wait = charge.retryAfterSeconds;
            const message = msg(
              `Rate limit exceeded: this route costs ${HTTP_ROUTE_COST}; try again in ${wait} s.`,
              `Vượt quá hạn mức yêu cầu: mỗi lần gọi đường dẫn này tốn ${numberVi(HTTP_ROUTE_COST)} điểm; hãy thử lại ` +
                `sau ${wait} giây.`,
            );
            refuse(req, res, 429, 'RATE_LIMITED', message);
            return;
          }
        }
        await handle(req, res, viewer);
      } catch (error) {
        if (error instanceof Refusal && !res.headersSent) {
          refuse(req, res, httpStatusOf(error.code), error.code, error.text, error.reason);
          return;
        }
        next(error);
      }
    };
    if (route.method === 'GET') router.get(route.path, guarded);
    else router.post(route.path, guarded);
  }
}

/** A query string PostgreSQL could not hold (a NUL, a lone surrogate) is refused as GraphQL refuses such values. */
function refuseMalformedQuery(req: Request): void {
  const malformed = malformedInput(req.query);
  if (malformed) throw new Refusal('BAD_USER_INPUT', MALFORMED_INPUT_MESSAGES[malformed], malformed);
}

function isOpen<Services>(route: HttpRoute<Services> | OpenHttpRoute<Services>): route is OpenHttpRoute<Services> {
  return authorize(null, route.entries) === 'ALLOWED';
}

function registerOpenRoute<Services>(router: Router, route: OpenHttpRoute<Services>, services: Services): void {
  const handle = route.handler(services);
  router.get(route.path, async (req: Request, res: Response, next: NextFunction) => {
    try {
      refuseMalformedQuery(req);
      await handle(req, res);
    } catch (error) {
      if (error instanceof Refusal && !res.headersSent) {
        res.set('Cache-Control', 'no-store');
        sendError(req, res, httpStatusOf(error.code), error.code, error.text, error.reason);
        return;
      }
      next(error);
    }
  });
}
