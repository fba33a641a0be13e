import type { NextFunction, Request, Response, Router } from 'express';
import { authorize } from '../access/authorization';
import type { Viewer } from '../access/viewer';
import { httpStatusOf, Refusal } from '../errors/refusal';

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
}

/** Finds the caller of a request: null for none or an unknown, expired or revoked token. */
export type FindViewer = (req: Request) => Promise<Viewer | null>;

/**
 * Registers each route behind the one authorization rule: 401 without a valid token, 403 for a caller its entries
 * do not admit, both before the query string or body is read. Answers are never stored by a cache
 * (`Cache-Control: no-store`): they hold data only their caller may read. A service's `Refusal` is answered with its
 * status (400, 403, 404) and `{ error, message }`; anything else is left to the server's error handler.
 */
export function registerHttpRoutes<Services>(
  router: Router,
  routes: readonly HttpRoute<Services>[],
  viewerOf: FindViewer,
  services: Services,
): void {
  for (const route of routes) {
    const handle = route.handler(services);
    const guarded = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      try {
        res.set('Cache-Control', 'no-store');
        const viewer = await viewerOf(req);
        const decision = authorize(viewer, route.entries);
        if (decision === 'UNAUTHENTICATED' || !viewer) {
          res
            .status(401)
            .json({ error: 'UNAUTHENTICATED', message: 'Sign in first: send Authorization: Bearer <token>.' });
          return;
        }
        if (decision === 'FORBIDDEN') {
          const message = viewer.tokenId
            ? 'This API token has no scope for this route.'
            : 'Your role may not use this route.';
          res.status(403).json({ error: 'FORBIDDEN', message });
          return;
        }
        await handle(req, res, viewer);
      } catch (error) {
        if (error instanceof Refusal && !res.headersSent) {
          res.status(httpStatusOf(error.code)).json({ error: error.code, message: error.message });
          return;
        }
        next(error);
      }
    };
    if (route.method === 'GET') router.get(route.path, guarded);
    else router.post(route.path, guarded);
  }
}
