/**
 * Where the ranking's read of a country's communes spends its time, the statement taken apart (see RANKING_SQL in
 * apps/api/src/modules/rankings/ranking-data.ts), on the demo campaign with one more level of BENCH_UNITS units
 * (10.600) × 11 periods:
 * - loadRankingData as the API calls it (the statement, its units unpacked and turned into the domain's input);
 * - the statement alone as the API sends it (its units' figures as the kept rows' packed bytes, one bytea), and
 *   the units unpacked (unpackCohort);
 * - in the server (EXPLAIN ANALYZE, execution only): the statement, and the join of the cohort with its kept rows
 *   counted, nothing built;
 * - the same figures as JSON, as the statement read them before they were kept packed (the kept rows' arrays in one
 *   json_agg), parsed by the driver — checked equal to the packed ones.
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
import { cohortShapeOf, loadRankingData, rankingStatements, unpackCohort } from '@thidua/api';
import { demoWithLevel, openBenchDatabase } from './bench-database';
import { medians, timedMedians } from './medians';

const UNITS = Number(process.env.BENCH_UNITS ?? 10_600);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const AS_OF = 11;

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
  const statement = async () => (await client.query({ text: sql, values: parameters })).rows[0].units as Buffer;
  const unpacked = async () => unpackCohort(await statement());
  const executionMs = (text: string, values: unknown[]) => async () => {
    const { rows } = await client.query({ text: `EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, values });
    return rows[0]['QUERY PLAN'][0]['Execution Time'] as number;
  };
  const joinOnly = `SELECT count(x.numerators) FROM units u
    LEFT JOIN unit_period_figures x ON x.campaign_id = $1 AND x.unit_id = u.id AND x.period_index = $3
    WHERE u.archived_at IS NULL AND u.level_id = $2`;
  const asJson = async () =>
    (await client.query({ text: AS_JSON_SQL, values: [campaignId, levelId, AS_OF] })).rows[0].units as JsonUnit[];
  checkSameSums(await asJson(), await unpacked());

  const [loadMs, statementMs, unpackedMs, jsonMs] = await medians(
    [() => loadRankingData(dataSource, query, now), statement, unpacked, asJson],
    RUNS,
  );
  const [serverMs, joinMs, jsonServerMs] = await timedMedians(
    [
      executionMs(sql, parameters),
      executionMs(joinOnly, [campaignId, levelId, AS_OF]),
      executionMs(AS_JSON_SQL, [campaignId, levelId, AS_OF]),
    ],
    RUNS,
  );
  const packedBytes = (await statement()).length;
  const jsonChars = JSON.stringify(await asJson()).length;
  await client.end();
  await database.close();

  console.log(
    `ThiĐua ranking statement — ${embedded ? 'embedded PGlite (in memory)' : 'PostgreSQL server'}; ${UNITS.toLocaleString('vi-VN')} units × 11 ` +
      `periods; ${os.cpus().length} cores, ${os.cpus()[0]?.model}; load ${os.loadavg()[0].toFixed(2).replace('.', ',')}; medians of ${RUNS}`,
  );
  console.log('| step | ms |\n|---|---:|');
  for (const [name, ms] of [
    ['loadRankingData (as the API reads)', loadMs],
    [`the statement, its units' figures packed (${packedBytes.toLocaleString('vi-VN')} bytes)`, statementMs],
    ['the statement, its units unpacked (unpackCohort)', unpackedMs],
    ['in the server: the statement executed', serverMs],
    ['in the server: the cohort joined with its kept rows, nothing built', joinMs],
    [`the same figures as JSON, parsed (${jsonChars.toLocaleString('vi-VN')} characters)`, jsonMs],
    ['in the server: the same figures as JSON', jsonServerMs],
  ] as const)
    console.log(`| ${name} | ${ms.toFixed(1).replace('.', ',')} |`);
}

/** The level's kept rows at p as JSON, as the ranking's statement read them before they were kept packed. */
const AS_JSON_SQL = `
  SELECT json_agg(json_build_array(u.id, x.on_time, x.reports, x.numerators, x.denominators, x.previous_numerators,
                                   x.previous_denominators, x.base_numerators, x.base_denominators, x.latest)) AS units
  FROM units u
  LEFT JOIN unit_period_figures x ON x.campaign_id = $1 AND x.unit_id = u.id AND x.period_index = $3
  WHERE u.archived_at IS NULL AND u.level_id = $2`;

type JsonUnit = [string, number | null, number | null, ...(number[] | null)[]];

/** Refuses packed figures whose units' N + D, reports on time and in all differ from the JSON's. */
function checkSameSums(fromJson: JsonUnit[], fromPacked: ReturnType<typeof unpackCohort>): void {
  const sum = (arrays: (number[] | null)[]) => arrays.flatMap((array) => array ?? []).reduce((a, b) => a + b, 0);
  const packedOf = new Map(fromPacked.map((unit) => [unit.id, unit]));
  if (fromJson.length !== packedOf.size) throw new Error(`${fromJson.length} units in JSON, ${packedOf.size} packed`);
  for (const [id, onTime, reports, ...arrays] of fromJson) {
    const unit = packedOf.get(id);
    const expected = [onTime ?? 0, reports ?? 0, sum(arrays.slice(0, 6) as (number[] | null)[])];
    const got = unit ? [unit.onTime, unit.reports, sum([unit.sums])] : [];
    if (expected.join() !== got.join()) throw new Error(`unit ${id}: ${expected} in JSON, ${got} packed`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
