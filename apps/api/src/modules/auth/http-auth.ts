import type { NextFunction, Request, Response, Router } from 'express';
import type { Viewer } from '../../graphql/context';
import type { AuthService } from './auth.service';
import { authorize } from './authorization';

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

/** The caller behind `Authorization: Bearer`, or null for none or an unknown, expired or revoked token. */
export async function viewerOf(req: Request, auth: AuthService): Promise<Viewer | null> {
  const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  return token ? auth.viewerFromToken(token, new Date()) : null;
}

/**
 * Registers each route behind the one authorization rule: 401 without a valid token, 403 for a caller its entries
 * do not admit, both before the query string or body is read. Answers are never stored by a cache
 * (`Cache-Control: no-store`): they hold data only their caller may read.
 */
export function registerHttpRoutes<Services>(
  router: Router,
  routes: readonly HttpRoute<Services>[],
  auth: AuthService,
  services: Services,
): void {
  for (const route of routes) {
    const handle = route.handler(services);
    const guarded = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      try {
        res.set('Cache-Control', 'no-store');
        const viewer = await viewerOf(req, auth);
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
        next(error);
      }
    };
    if (route.method === 'GET') router.get(route.path, guarded);
    else router.post(route.path, guarded);
  }
}
