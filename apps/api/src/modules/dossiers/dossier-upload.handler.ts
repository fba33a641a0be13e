import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { AuthService } from '../auth/auth.service';
import { requireViewer } from '../auth/http-auth';
import { Role } from '../users/role';
import { DossierFileError, type DossierFileFormat } from './dossier-file';
import { ingestDossiers, stagingLoaderOf } from './dossier-ingest';
import { recomputeDirtyCells } from './dossier-recompute';

/**
 * POST /imports/dossiers?format=csv|ndjson with `Authorization: Bearer` of an ADMIN session, the file as the body:
 * the same streaming ingestion as `npm run ingest` (the body is never held in memory), then the recompute of the
 * touched cells. Answers the summary as JSON: inserted, updated, moved, rejected and the first 1.000 rejections.
 * `written` is called once anything may have been written, before the answer (rankings kept in memory are stale).
 */
export function dossierUploadHandler(dataSource: DataSource, auth: AuthService, written: () => void = () => undefined) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const viewer = await requireViewer(req, res, auth);
      if (!viewer) return;
      if (viewer.role !== Role.ADMIN || viewer.tokenId) {
        res
          .status(403)
          .json({ error: 'FORBIDDEN', message: 'Only an administrator signed in may import dossier records.' });
        return;
      }
      const format = req.query.format;
      if (format !== 'csv' && format !== 'ndjson') {
        res.status(400).json({ error: 'BAD_FORMAT', message: 'Give ?format=csv or ?format=ndjson.' });
        return;
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
        res.status(400).json({ error: 'BAD_FILE', message: error.message });
        return;
      }
      const recompute = await recomputeDirtyCells(dataSource).finally(written);
      res.status(200).json({ ...summary, recompute });
    } catch (error) {
      next(error);
    }
  };
}
