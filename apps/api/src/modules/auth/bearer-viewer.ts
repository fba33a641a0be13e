import type { Request } from 'express';
import type { Viewer } from '../../foundation/access/viewer';
import type { AuthService } from './auth.service';

/** The caller behind `Authorization: Bearer`, or null for none or an unknown, expired or revoked token. */
export async function viewerOf(req: Request, auth: AuthService): Promise<Viewer | null> {
  return viewerOfAuthorization(req.headers.authorization, auth);
}

/**
 * The caller behind an `Authorization` value (`Bearer <token>`): the header of an HTTP request, the `authorization`
 * of a WebSocket's connection_init payload.
 */
export async function viewerOfAuthorization(
  authorization: string | undefined,
  auth: AuthService,
): Promise<Viewer | null> {
  const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1];
  return token ? auth.viewerFromToken(token, new Date()) : null;
}
