import type { Request, Response } from 'express';
import type { Viewer } from '../../graphql/context';
import type { AuthService } from './auth.service';

/** For plain HTTP routes (exports): the caller behind `Authorization: Bearer`, or a 401 answer and null. */
export async function requireViewer(req: Request, res: Response, auth: AuthService): Promise<Viewer | null> {
  const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const viewer = token ? await auth.viewerFromToken(token, new Date()) : null;
  if (!viewer)
    res.status(401).json({ error: 'UNAUTHENTICATED', message: 'Sign in first: send Authorization: Bearer <token>.' });
  return viewer;
}

/** Spreadsheet cells that start like a formula are written as text, so that a unit name cannot run one. */
export function defuseFormula(value: string): string {
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/** One CSV line: cells quoted when needed. */
export function csvLine(cells: string[]): string {
  return cells.map((cell) => (/[",\r\n;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
}
