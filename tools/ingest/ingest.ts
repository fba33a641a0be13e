// `npm run ingest -- --help`: streams dossier records from a CSV or NDJSON file into dossier_records.
import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import pino from 'pino';
import { cannotOpenDatabase } from '@thidua/api';
import { openDatabase } from '@thidua/api';
import { formatOfPath, type DossierFileFormat } from '@thidua/api';
import { ingestDossiers, stagingLoaderOf, type IngestProgress, type StagingLoader } from '@thidua/api';
import { recomputeDirtyCells } from '@thidua/api';

const USAGE = `Usage: npm run ingest -- [options] FILE.csv|FILE.ndjson

Streams dossier records into the database: each batch is copied into a staging table and upserted by
(source, external_id) in one transaction, so sending a record again updates it and never duplicates it, and an
import that is killed can simply be run again. Rejected rows are listed with their line and reason. Then the
reports of the (campaign, unit, period) cells the import touched are recomputed, for the units that campaigns
feed from records.

Columns (CSV header, or NDJSON keys): source, external_id, unit_code, procedure_code, received_at, channel
(ONLINE | IN_PERSON | POST), resolved_at, resolved_online, digitised, fee_required, paid_online. Instants are
ISO 8601 with an offset (2023-03-05T09:30:00+07:00); flags are true/false/1/0, empty = false.

Options:
  --format csv|ndjson     the file's format (default: from the extension: .csv, .ndjson, .jsonl)
  --batch-size N          rows per transaction (default 20000)
  --loader copy|insert    how batches are staged (default: copy; insert on the embedded database)
  --writers N             connections writing batches side by side (default 2 with copy, 1 with insert)
  --rejections FILE       write every rejected row to FILE as CSV (line,field,reason)
  --no-recompute          leave the touched cells queued for the next recompute
  --database-url URL      a PostgreSQL server (default: $DATABASE_URL); without one, the embedded database
  --data-dir DIR          the embedded database's directory (default: $DATA_DIR, else ./.data)
  -h, --help              this help`;

const LISTED = 20;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'batch-size': { type: 'string' },
        loader: { type: 'string' },
        writers: { type: 'string' },
        rejections: { type: 'string' },
        'no-recompute': { type: 'boolean' },
        'database-url': { type: 'string' },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`ingest: ${(error as Error).message}\nRun with --help to see the options.\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) return usageError('name one file to ingest');
  const path = positionals[0];
  const format = (values.format ?? formatOfPath(path)) as DossierFileFormat | null;
  if (format !== 'csv' && format !== 'ndjson')
    return usageError(`cannot tell the format of ${path}: give --format csv or --format ndjson`);
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : 20_000;
  if (!Number.isInteger(batchSize) || batchSize < 1) return usageError('--batch-size must be a positive whole number');
  const writers = values.writers ? Number(values.writers) : undefined;
  if (writers !== undefined && (!Number.isInteger(writers) || writers < 1 || writers > 8))
    return usageError('--writers must be a whole number from 1 to 8');
  if (!fs.existsSync(path)) return usageError(`no file ${path}`);
  const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL ?? null;
  if (values.loader !== undefined && values.loader !== 'copy' && values.loader !== 'insert')
    return usageError('--loader must be copy or insert');

  const target = { databaseUrl: databaseUrl || null, dataDir: values['data-dir'] ?? process.env.DATA_DIR ?? '.data' };
  let database;
  try {
    database = await openDatabase(target, pino({ level: 'silent' }));
  } catch (error) {
    process.stderr.write(`ingest: ${cannotOpenDatabase(target, error)}\n`);
    return 1;
  }
  try {
    const loader = (values.loader as StagingLoader | undefined) ?? (await stagingLoaderOf(database.dataSource));
    const size = fs.statSync(path).size;
    const input = fs.createReadStream(path, { highWaterMark: 1 << 20 });
    const started = Date.now();
    const bar = progressBar(size);
    let summary;
    try {
      summary = await ingestDossiers(database.dataSource, input, {
        format,
        loader,
        batchSize,
        writers: loader === 'insert' ? 1 : writers,
        listedRejections: values.rejections ? Number.POSITIVE_INFINITY : LISTED,
        onBatch: (progress) => bar.update(input.bytesRead, progress),
      });
      bar.update(size, summary);
    } finally {
      bar.stop();
    }
    const seconds = (Date.now() - started) / 1000;
    const rate = Math.round((summary.inserted + summary.updated) / Math.max(seconds, 0.001));
    process.stdout.write(
      `Ingested ${path} in ${seconds.toFixed(1)} s (${rate} records/s): ${summary.rows} rows, ${summary.inserted} inserted, ${summary.updated} updated` +
        ` (${summary.moved} moved to another month or province), ${summary.rejected} rejected.\n`,
    );
    if (summary.partitionsCreated.length)
      process.stdout.write(`New monthly partitions: ${summary.partitionsCreated.join(', ')}.\n`);
    if (values.rejections) {
      fs.writeFileSync(
        values.rejections,
        [
          'line,field,reason',
          ...summary.rejections.map((r) => `${r.line},${r.field ?? ''},"${r.reason.replace(/"/g, '""')}"`),
        ].join('\n') + '\n',
      );
      process.stdout.write(`Every rejected row is in ${values.rejections}.\n`);
    } else if (summary.rejected) {
      process.stdout.write(
        `Rejected rows${summary.rejected > LISTED ? ` (the first ${LISTED}; --rejections FILE lists them all)` : ''}:\n`,
      );
      for (const r of summary.rejections)
        process.stdout.write(`  line ${r.line}${r.field ? `, ${r.field}` : ''}: ${r.reason}\n`);
    }
    if (!values['no-recompute']) {
      const recomputeStarted = Date.now();
      const recomputed = await recomputeDirtyCells(database.dataSource);
      process.stdout.write(
        `Recomputed ${recomputed.cells} (campaign, unit, period) cells of ${recomputed.campaigns} campaign(s) in ${((Date.now() - recomputeStarted) / 1000).toFixed(1)} s:` +
          ` ${recomputed.created} reports created, ${recomputed.revised} revised, ${recomputed.unchanged} unchanged.\n`,
      );
    }
    return 0;
  } catch (error) {
    process.stderr.write(`ingest: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await database.close();
  }
}

function usageError(message: string): number {
  process.stderr.write(`ingest: ${message}. Run with --help to see the options.\n`);
  return 2;
}

/** A bar over the file's bytes on a terminal; a line per 10% elsewhere (logs stay short). */
function progressBar(total: number) {
  const tally = (p: IngestProgress) => ({
    rows: p.rows,
    inserted: p.inserted,
    updated: p.updated,
    rejected: p.rejected,
  });
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      {
        format:
          'Ingesting [{bar}] {percentage}% | {rows} rows: {inserted} inserted, {updated} updated, {rejected} rejected | {eta_formatted} left',
        stream: process.stderr,
        hideCursor: true,
      },
      Presets.shades_classic,
    );
    bar.start(total, 0, { rows: 0, inserted: 0, updated: 0, rejected: 0 });
    return {
      update: (bytes: number, p: IngestProgress) => bar.update(Math.min(bytes, total), tally(p)),
      stop: () => bar.stop(),
    };
  }
  let lastTenth = -1;
  return {
    update(bytes: number, p: IngestProgress) {
      const tenth = Math.floor((10 * Math.min(bytes, total)) / Math.max(total, 1));
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      process.stderr.write(
        `ingest: ${tenth * 10}% — ${p.rows} rows, ${p.inserted} inserted, ${p.updated} updated, ${p.rejected} rejected\n`,
      );
    },
    stop: () => undefined,
  };
}

main(process.argv.slice(2)).then((code) => process.exit(code));
