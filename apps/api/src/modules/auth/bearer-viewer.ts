import type { Request } from 'express';
import type { Viewer } from '../../foundation/access/viewer';
import type { AuthService } from './auth.service';

/** The caller behind `Authorization: Bearer`, or null for none or an unknown, expired or revoked token. */
export async function viewerOf(req: Request, auth: AuthService): Promise<Viewer | null> {
  const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  return token ? auth.viewerFromToken(token, new Date()) : null;
}
