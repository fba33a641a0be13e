import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { Refusal } from '../../foundation/errors/refusal';
import type { HttpRouteHandler } from '../../foundation/http/http-route';
import { DossierFileError, type DossierFileFormat } from './dossier-file';
import { ingestDossiers, stagingLoaderOf } from './dossier-ingest';
import { recomputeDirtyCells } from './dossier-recompute';
import { msg } from '../../foundation/i18n/message';

/**
 * POST /imports/dossiers?format=csv|ndjson for an ADMIN signed in (the route's entries), the file as the body:
 * the same streaming ingestion as `npm run ingest` (the body is never held in memory), then the recompute of the
 * touched cells. Answers the summary as JSON: inserted, updated, moved, rejected and the first 1.000 rejections;
 * a refusal is 400 BAD_USER_INPUT with `extensions.reason` BAD_FORMAT (the ?format) or BAD_FILE (the file).
 * `written` is called once anything may have been written, before the answer (rankings kept in memory are stale).
 */
export function dossierUpload(dataSource: DataSource, written: () => void = () => undefined): HttpRouteHandler {
  return async (req: Request, res: Response): Promise<void> => {
    const format = req.query.format;
    if (format !== 'csv' && format !== 'ndjson') {
      throw new Refusal(
        'BAD_USER_INPUT',
        msg('Give ?format=csv or ?format=ndjson.', 'Hãy dùng ?format=csv hoặc ?format=ndjson.'),
        'BAD_FORMAT',
      );
    }
    let summary;
    try {
      summary = await ingestDossiers(dataSource, req, {
        format: format as DossierFileFormat,
        loader: await stagingLoaderOf(dataSource),
      });
    } catch (error) {
      written(); // batches before the failure are in
      if (!(error instanceof DossierFileError)) throw error;
      throw new Refusal('BAD_USER_INPUT', error.text, 'BAD_FILE');
    }
    const recompute = await recomputeDirtyCells(dataSource).finally(written);
    res.status(200).json({ ...summary, recompute });
  };
}
