// `npm run generate -- --help`: synthetic national units and dossiers, deterministic from a seed, streamed to files.
import 'reflect-metadata';
import fs from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { openDatabase } from '@thidua/api';
import {
  dossierCsvLine,
  dossierNdjsonLine,
  DOSSIER_CSV_HEADER,
  nationalDossiers,
  nationalUnits,
  type NationalUnit,
} from './national';
import { loadNationalUnits } from './load-units';

const USAGE = `Usage: npm run generate -- [options]

Synthetic national data, the same for the same seed: 63 provinces, about 700 districts, 10.600 communes and
1.300 provincial agencies; N dossiers with log-normal unit sizes, quieter weekends and an online share rising
over time (faster in some provinces than others). Files are streamed: 10 million dossiers need no more memory
than 1.000.

Options:
  --out FILE            write the dossiers to FILE (.csv, or .ndjson / .jsonl) for npm run ingest
  --dossiers N          how many dossiers (default 1000000)
  --first-id N          dossier ids start after N (default 0): a second file can add new records
  --from YYYY-MM-DD     first day of receipts, UTC (default 2025-01-01)
  --to YYYY-MM-DD       last day of receipts (default 2025-06-30)
  --seed N              the seed (default 1)
  --units-out FILE      write the units as CSV (code,name,levelKey,parentCode) for the units import
  --load-units          write the levels and units straight into the database
  --database-url URL    for --load-units (default: $DATABASE_URL)
  -h, --help            this help`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        dossiers: { type: 'string' },
        'first-id': { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        seed: { type: 'string' },
        'units-out': { type: 'string' },
        'load-units': { type: 'boolean' },
        'database-url': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`generate: ${(error as Error).message}\nRun with --help to see the options.\n`);
    return 2;
  }
  if (values.help || (!values.out && !values['units-out'] && !values['load-units'])) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const seed = Number(values.seed ?? 1);
  const count = Number(values.dossiers ?? 1_000_000);
  const firstId = Number(values['first-id'] ?? 0);
  const from = values.from ?? '2025-01-01';
  const to = values.to ?? '2025-06-30';
  if (![seed, count, firstId].every(Number.isInteger) || count < 0)
    return fail('--seed, --dossiers and --first-id must be whole numbers');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || !/^\d{4}-\d{2}-\d{2}$/.test(to) || to < from)
    return fail('--from and --to must be dates YYYY-MM-DD, --to not before --from');

  const units = nationalUnits(seed);
  const levels = countBy(units);
  process.stderr.write(`generate: ${units.length} units (${levels})\n`);
  if (values['units-out']) {
    const lines = [
      'code,name,levelKey,parentCode',
      ...units.map((u) => `${u.code},${u.name},${u.levelKey},${u.parentCode ?? ''}`),
    ];
    fs.writeFileSync(values['units-out'], lines.join('\n') + '\n');
    process.stderr.write(`generate: units written to ${values['units-out']}\n`);
  }
  if (values['load-units']) {
    const databaseUrl = values['database-url'] ?? process.env.DATABASE_URL;
    if (!databaseUrl) return fail('--load-units needs --database-url or DATABASE_URL');
    const database = await openDatabase({ databaseUrl, dataDir: '' }, pino({ level: 'silent' }));
    try {
      await loadNationalUnits(database.dataSource, units);
    } finally {
      await database.close();
    }
    process.stderr.write('generate: units loaded into the database\n');
  }
  if (values.out) {
    const ndjson = /\.(ndjson|jsonl)$/i.test(values.out);
    const started = Date.now();
    await writeDossiers(values.out, units, { seed, count, from, to, firstId }, ndjson);
    process.stderr.write(
      `generate: ${count} dossiers written to ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
  return 0;
}

/** Streams the dossiers to a file, waiting for the disk when its buffer is full. */
export async function writeDossiers(
  path: string,
  units: readonly NationalUnit[],
  options: Parameters<typeof nationalDossiers>[1],
  ndjson = false,
): Promise<void> {
  const out = fs.createWriteStream(path);
  if (!ndjson) out.write(`${DOSSIER_CSV_HEADER}\n`);
  let chunk = '';
  for (const dossier of nationalDossiers(units, options)) {
    chunk += ndjson ? dossierNdjsonLine(dossier) : dossierCsvLine(dossier);
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

function countBy(units: readonly NationalUnit[]): string {
  const counts = new Map<string, number>();
  for (const unit of units) counts.set(unit.levelKey, (counts.get(unit.levelKey) ?? 0) + 1);
  return [...counts].map(([key, n]) => `${n} ${key}`).join(', ');
}

function fail(message: string): number {
  process.stderr.write(`generate: ${message}. Run with --help to see the options.\n`);
  return 2;
}

if (require.main === module) main(process.argv.slice(2)).then((code) => process.exit(code));
