/**
 * Where the ranking's read of a country's communes spends its time, the statement taken apart (see RANKING_SQL in
 * apps/api/src/modules/rankings/ranking-data.ts), on the demo campaign with one more level of BENCH_UNITS units
 * (10.600) × 11 periods:
 * - loadRankingData as the API calls it (the statement, its JSON parsed, the units turned into the domain's input);
 * - the statement alone as the API sends it, its JSON parsed by the driver, and as text (nothing parsed);
 * - in the server (EXPLAIN ANALYZE, execution only): the statement, and the join of the cohort with its kept rows
 *   counted, nothing built — the difference is building the JSON value;
 * - the same figures packed as binary at write time: per unit its id (16 bytes) and the tally and sums as float8, in a
 *   table built untimed, aggregated into one bytea and read with readDoubleBE — checked equal to the statement's. A
 *   layout to keep, not a way to read: packing in the ranking's own statement (uuid_send, array_send) was tried and
 *   read slower than its JSON (the bytea comes as hex text, twice its bytes).
 * JIT is off on the bench's own connection, as for the API's statement (PGlite has none).
 *
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_b npm run bench:ranking-statement   (its public schema is
 *      dropped and rebuilt: a database of its own, never `test`); without DATABASE_URL on embedded PGlite.
 * Options: BENCH_UNITS (10600), BENCH_RUNS (15).
 */
import './production-env';
import 'reflect-metadata';
import os from 'node:os';
import pg from 'pg';
import { cohortShapeOf, loadRankingData, rankingStatements } from '@thidua/api';
import { demoWithLevel, openBenchDatabase } from './bench-database';
import { medians, timedMedians } from './medians';

const UNITS = Number(process.env.BENCH_UNITS ?? 10_600);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const AS_OF = 11;
const INDICATORS = 3;
/** Per unit: on time, reports, reports of past-due periods, latest, then N, D, N and D to p − 1, N and D before the
 * pace window, per indicator. */
const FIGURES = 4 + 6 * INDICATORS;

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { dataSource, embedded } = database;
  const campaignId = await demoWithLevel(database, 'national', UNITS);
  const now = new Date();
  const query = { campaignId, levelKey: 'national', asOfPeriod: AS_OF };
  const data = await loadRankingData(dataSource, query, now);
  const { sql, parameters } = rankingStatements(query, cohortShapeOf(data), now).kept;
  const levelId = data.levels[0].id;

  const client = new pg.Client(
    embedded ? embedded.url : { connectionString: process.env.DATABASE_URL, options: '-c jit=off' },
  );
  await client.connect();
  const asText = { getTypeParser: () => (value: string) => value };
  const statement = () => client.query({ text: sql, values: parameters });
  const statementText = () => client.query({ text: sql, values: parameters, types: asText });
  const executionMs = (text: string, values: unknown[]) => async () => {
    const { rows } = await client.query({ text: `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, values });
    return rows[0]['QUERY PLAN'][0]['Execution Time'] as number;
  };
  const joinOnly = `SELECT count(x.numerators) FROM units u
    LEFT JOIN unit_period_figures x ON x.campaign_id = $1 AND x.unit_id = u.id AND x.period_index = $3
    WHERE u.archived_at IS NULL AND u.level_id = $2`;

  await client.query(PACKED_TABLE, [campaignId, levelId, AS_OF]);
  await client.query('ANALYZE bench_packed_figures');
  const packed = async () => {
    const { rows } = await client.query(PACKED_SQL);
    return unpack(rows[0].figures as Buffer);
  };
  checkSameSums(((await statement()).rows[0].units as unknown[][]).map(sumsOfJsonUnit), await packed());

  const [loadMs, parsedMs, textMs, packedMs] = await medians(
    [() => loadRankingData(dataSource, query, now), statement, statementText, packed],
    RUNS,
  );
  const [serverMs, joinMs] = await timedMedians(
    [executionMs(sql, parameters), executionMs(joinOnly, [campaignId, levelId, AS_OF])],
    RUNS,
  );
  const jsonChars = JSON.stringify((await statement()).rows[0].units).length;
  const packedBytes = ((await client.query(PACKED_SQL)).rows[0].figures as Buffer).length;
  await client.query('DROP TABLE bench_packed_figures');
  await client.end();
  await database.close();

  console.log(
    `ThiĐua ranking statement — ${embedded ? 'embedded PGlite (in memory)' : 'PostgreSQL server'}; ${UNITS.toLocaleString('vi-VN')} units × 11 ` +
      `periods; ${os.cpus().length} cores, ${os.cpus()[0]?.model}; load ${os.loadavg()[0].toFixed(2).replace('.', ',')}; medians of ${RUNS}`,
  );
  console.log('| step | ms |\n|---|---:|');
  for (const [name, ms] of [
    ['loadRankingData (as the API reads)', loadMs],
    [`the statement, its JSON parsed (${jsonChars.toLocaleString('vi-VN')} characters of units)`, parsedMs],
    ['the statement as text, nothing parsed', textMs],
    ['in the server: the statement executed', serverMs],
    ['in the server: the cohort joined with its kept rows, nothing built', joinMs],
    [`the figures pre-packed as binary, read and unpacked (${packedBytes.toLocaleString('vi-VN')} bytes)`, packedMs],
  ] as const)
    console.log(`| ${name} | ${ms.toFixed(1).replace('.', ',')} |`);
}

/** The level's kept rows at p as the packed layout: per unit its id, then FIGURES float8 (missing sums as 0). */
const PACKED_TABLE = `
  CREATE TABLE bench_packed_figures AS
  SELECT u.id AS unit_id, u.code,
         (SELECT string_agg(float8send(v), ''::bytea ORDER BY o)
          FROM unnest(ARRAY[coalesce(x.on_time, 0), coalesce(x.reports, 0), coalesce(x.reports, 0),
                            coalesce(x.latest, 0)]::float8[]
                      || coalesce(x.numerators, '{0,0,0}') || coalesce(x.denominators, '{0,0,0}')
                      || coalesce(x.previous_numerators, '{0,0,0}') || coalesce(x.previous_denominators, '{0,0,0}')
                      || coalesce(x.base_numerators, '{0,0,0}') || coalesce(x.base_denominators, '{0,0,0}'))
               WITH ORDINALITY AS t(v, o)) AS figures
  FROM units u
  LEFT JOIN unit_period_figures x ON x.campaign_id = $1 AND x.unit_id = u.id AND x.period_index = $3
  WHERE u.archived_at IS NULL AND u.level_id = $2`;

const PACKED_SQL = `SELECT string_agg(uuid_send(unit_id) || figures, ''::bytea) AS figures FROM bench_packed_figures`;

/** Unit id → its figures, from the packed bytes (big-endian float8, as float8send writes them). */
function unpack(bytes: Buffer): Map<string, number[]> {
  const units = new Map<string, number[]>();
  const size = 16 + 8 * FIGURES;
  for (let at = 0; at + size <= bytes.length; at += size) {
    const hex = bytes.toString('hex', at, at + 16);
    const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    const figures = new Array<number>(FIGURES);
    for (let i = 0; i < FIGURES; i++) figures[i] = bytes.readDoubleBE(at + 16 + 8 * i);
    units.set(id, figures);
  }
  return units;
}

/** A unit of the statement's JSON (see CohortUnitJson): its id and the sum of its N and D to p. */
function sumsOfJsonUnit(unit: unknown[]): [string, number] {
  const [numerators, denominators] = [unit[6], unit[7]] as (number[] | null)[];
  return [unit[1] as string, [...(numerators ?? []), ...(denominators ?? [])].reduce((sum, value) => sum + value, 0)];
}

function checkSameSums(fromJson: [string, number][], fromPacked: Map<string, number[]>): void {
  if (fromJson.length !== fromPacked.size)
    throw new Error(`${fromJson.length} units in JSON, ${fromPacked.size} packed`);
  for (const [id, sum] of fromJson) {
    const figures = fromPacked.get(id);
    const packedSum = figures ? figures.slice(4, 4 + 2 * INDICATORS).reduce((total, value) => total + value, 0) : NaN;
    if (packedSum !== sum) throw new Error(`unit ${id}: N + D ${sum} in JSON, ${packedSum} packed`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
