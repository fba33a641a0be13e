import type { Request, Response } from 'express';
import { gzippedBody, type PublicAnswer } from './public-answer-cache';
import { languageOf } from '../../foundation/i18n/message';
import type { PublicScoreboards } from './public-scoreboard';

/** GET /public/scoreboards/:slug[?period=N] */
export const publicScoreboardRoute =
  (scoreboards: PublicScoreboards) =>
  async (req: Request, res: Response): Promise<void> => {
    const period = typeof req.query.period === 'string' ? req.query.period : undefined;
    send(req, res, await scoreboards.scoreboard(String(req.params.slug), period));
  };

/** GET /public/scoreboards/:slug/units/:unitId */
export const publicUnitRoute =
  (scoreboards: PublicScoreboards) =>
  async (req: Request, res: Response): Promise<void> => {
    send(req, res, await scoreboards.unit(String(req.params.slug), String(req.params.unitId)));
  };

/**
 * A public answer: readable by any site (CORS `*`; it holds only published figures), revalidated on every use
 * (`no-cache` with an ETag, so an unpublished page is gone at once and an unchanged one costs a 304), errors never
 * kept; gzipped for a client that accepts it (a commune's phone on a slow line), compressed once per answer.
 */
function send(req: Request, res: Response, answer: PublicAnswer): void {
  res.set({
    'Content-Type': 'application/json; charset=utf-8',
    'Access-Control-Allow-Origin': '*',
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Cache-Control': answer.status === 200 ? 'public, no-cache' : 'no-store',
    Vary: answer.bodyVi ? 'Accept-Encoding, Accept-Language' : 'Accept-Encoding',
  });
  if (answer.status === 200) {
    res.set('ETag', answer.etag);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
  }
  if (answer.bodyVi && languageOf(req) === 'vi') {
    res.status(answer.status).end(answer.bodyVi);
    return;
  }
  if (answer.body.length > 1024 && req.acceptsEncodings('gzip', 'identity') === 'gzip') {
    res.set('Content-Encoding', 'gzip');
    res.status(answer.status).end(gzippedBody(answer));
    return;
  }
  res.status(answer.status).end(answer.body);
}

/**
 * The public page's document (/cong-khai/<slug>…): the web app's index.html, answered 404 when nothing is published
 * at the address, and allowed in a frame of the origins set by PUBLIC_EMBED_ORIGINS (the `?embed=1` variant on the
 * province's portal) — every other page of the app may be framed by none.
 */
export function publicPageDocument(scoreboards: PublicScoreboards, embedOrigins: readonly string[]) {
  return (index: string) =>
    async (req: Request, res: Response): Promise<void> => {
      const exists = await scoreboards.pageExists(String(req.params.slug));
      if (embedOrigins.length) {
        const policy = String(res.getHeader('Content-Security-Policy') ?? '');
        res.set(
          'Content-Security-Policy',
          policy.replace(/frame-ancestors [^;]*/, `frame-ancestors 'self' ${embedOrigins.join(' ')}`),
        );
        res.removeHeader('X-Frame-Options');
      }
      res.status(exists ? 200 : 404).sendFile(index);
    };
}
