import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import { existingPartitions, writeBatch, type Batch, type StagingLoader } from './dossier-batch-writer';
import { readDossierRows, type DossierFileFormat } from './dossier-file';
import { parseRow, type RowRejection } from './dossier-record';
import { loadUnitDirectory } from './unit-directory';

export { stagingLoaderOf, type StagingLoader } from './dossier-batch-writer';

export interface IngestOptions {
  format: DossierFileFormat;
  loader: StagingLoader;
  /** Rows per transaction (default 20.000). */
  batchSize?: number;
  /**
   * Connections writing batches side by side (default 2 with COPY, 1 with INSERT). Keys are spread over them by a
   * hash, so a key's lines are still applied in file order.
   */
  writers?: number;
  /** How many rejections the summary lists line by line (default 1.000); all are counted. */
  listedRejections?: number;
  /** Called after each committed batch, with the running totals; what it throws aborts the import. */
  onBatch?: (progress: IngestProgress) => void | Promise<void>;
}

export interface IngestProgress {
  batches: number;
  rows: number;
  inserted: number;
  updated: number;
  rejected: number;
}

export interface IngestSummary extends IngestProgress {
  /** Records sent again with another receipt instant or province, whose old row was replaced. */
  moved: number;
  rejections: RowRejection[];
  partitionsCreated: string[];
}

/**
 * Streams an import file into dossier_records, batch by batch (dossier-batch-writer.ts), each batch written by
 * (source, external_id) in one transaction: a killed import leaves whole batches, and the next run of the same
 * file ends with exactly its records. The unit-days touched are queued in dossier_dirty_ranges in the same
 * transactions, for `recomputeDirtyCells`.
 */
export async function ingestDossiers(
  dataSource: DataSource,
  input: Readable,
  options: IngestOptions,
): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 20_000;
  const listed = options.listedRejections ?? 1000;
  const writerCount = options.writers ?? (options.loader === 'copy' ? 2 : 1);
  const summary: IngestSummary = {
    batches: 0,
    rows: 0,
    inserted: 0,
    updated: 0,
    rejected: 0,
    moved: 0,
    rejections: [],
    partitionsCreated: [],
  };
  const reject = (rejection: RowRejection) => {
    summary.rejected += 1;
    if (summary.rejections.length < listed) summary.rejections.push(rejection);
  };

  const writers: Writer[] = [];
  let failure: unknown = null;
  try {
    for (let i = 0; i < writerCount; i += 1) {
      const runner = dataSource.createQueryRunner();
      const client = (await runner.connect()) as PoolClient;
      const writer: Writer = {
        runner,
        client,
        staging: `dossier_staging_${randomBytes(6).toString('hex')}`,
        batch: emptyBatch(),
        writing: Promise.resolve(),
      };
      writers.push(writer);
      await client.query(
        `CREATE TEMP TABLE ${writer.staging} (line int NOT NULL, source text COLLATE "C" NOT NULL, external_id text COLLATE "C" NOT NULL,
           province_code text COLLATE "C" NOT NULL, unit_id uuid NOT NULL, procedure_code text, received_at timestamptz NOT NULL, channel text NOT NULL,
           resolved_at timestamptz, resolved_online boolean NOT NULL, digitised boolean NOT NULL, fee_required boolean NOT NULL, paid_online boolean NOT NULL)
         ON COMMIT DELETE ROWS`,
      );
    }
    const units = await loadUnitDirectory(writers[0].client);
    const partitions = await existingPartitions(writers[0].client);
    // A writer parses nothing: the next batches are parsed while the database writes (Node and PostgreSQL on
    // their own cores), and each writer writes its batches in file order.
    const flush = async (writer: Writer) => {
      const batch = writer.batch;
      writer.batch = emptyBatch();
      await writer.writing;
      if (failure) throw failure;
      writer.writing = writeBatch(writer.client, writer.staging, batch, options.loader, partitions).then((result) => {
        summary.batches += 1;
        summary.inserted += result.inserted;
        summary.updated += result.updated;
        summary.moved += result.moved;
        summary.partitionsCreated.push(...result.partitionsCreated);
        return options.onBatch?.({ ...progressOf(summary) });
      });
      // Stop reading at the first failure; never an unhandled rejection.
      writer.writing.catch((error) => {
        failure ??= error;
      });
    };
    for await (const chunk of readDossierRows(input, options.format)) {
      if (failure) throw failure;
      for (const row of chunk) {
        summary.rows += 1;
        if ('unreadable' in row) {
          reject({ line: row.line, field: null, code: row.code, reason: row.unreadable });
          continue;
        }
        const parsed = parseRow(row.raw);
        if (!parsed.ok) {
          const { ok: _ok, ...rejection } = parsed;
          reject({ line: row.line, ...rejection });
          continue;
        }
        const unit = units.get(parsed.record.unitCode);
        if (!unit) {
          reject({
            line: row.line,
            field: 'unit_code',
            code: 'UNKNOWN_UNIT',
            reason: `no unit has the code "${parsed.record.unitCode}"`,
            value: parsed.record.unitCode,
          });
          continue;
        }
        const key = `${parsed.record.source}\t${parsed.record.externalId}`;
        // One key always goes to the same writer, so its lines are applied in file order and the last one wins.
        const writer = writers[writerCount === 1 ? 0 : hash(key) % writerCount];
        if (writer.batch.rows.delete(key)) writer.batch.repeats += 1;
        writer.batch.rows.set(key, {
          line: row.line,
          record: parsed.record,
          unitId: unit.id,
          provinceCode: unit.provinceCode,
        });
        if (writer.batch.rows.size >= batchSize) await flush(writer);
      }
    }
    for (const writer of writers) if (writer.batch.rows.size) await flush(writer);
    await Promise.all(writers.map((writer) => writer.writing));
    if (failure) throw failure;
    summary.rejections.sort((a, b) => a.line - b.line);
    return summary;
  } finally {
    await Promise.allSettled(writers.map((writer) => writer.writing));
    for (const writer of writers) {
      await writer.client.query(`DROP TABLE IF EXISTS ${writer.staging}`).catch(() => undefined);
      await writer.runner.release();
    }
  }
}

interface Writer {
  runner: QueryRunner;
  client: PoolClient;
  staging: string;
  batch: Batch;
  writing: Promise<void>;
}

function emptyBatch(): Batch {
  return { rows: new Map(), repeats: 0 };
}

/** FNV-1a: spreads keys evenly over the writers. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function progressOf({ batches, rows, inserted, updated, rejected }: IngestSummary): IngestProgress {
  return { batches, rows, inserted, updated, rejected };
}
