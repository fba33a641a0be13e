/**
 * The ranking query over HTTP against its floor: the one hand-written SQL aggregation of the same figures in the
 * same process and database, plus a trivial GraphQL query (the cost of HTTP, auth and GraphQL themselves).
 * Two sizes: one level of a province (130 units) and all communes of a country (10.600 units); 3 indicators,
 * 11 periods. Aim: ranking ≤ 1,5 × (SQL floor + trivial query). The floor computes the figures a ranking row shows
 * and is computed from (see FLOOR_SQL; the bench checks it agrees with the ranking); the narrower floor of the first
 * benchmarks (N and D only) is shown beside it. A breakdown follows: where the ranking's time goes.
 *
 * Run: npm run bench:ranking            (embedded PGlite, in memory)
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_ranking npm run bench:ranking   (a real server: the
 *      database's public schema is dropped and rebuilt, so give it a database of its own, never `test`)
 */
import './production-env';
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import pino from 'pino';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { buildPeriods, cumulationWindow } from '@thidua/domain';
import { DEMO_PASSWORD, loadDemo } from '@thidua/api';
import { createSchema } from '@thidua/api';
import { createServer } from '@thidua/api';
import { loadRankingData } from '@thidua/api';
import { rankLoaded, toRankingResult } from '@thidua/api';
import { fillLevel, openBenchDatabase } from './bench-database';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are read by path
type Data = Record<string, any>;

const SIZES = (process.env.BENCH_SIZES ?? '130,10600').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { dataSource, embedded } = database;
  await database.reset();
  await loadDemo(dataSource);
  const noJit = embedded
    ? null
    : new DataSource({
        ...dataSource.options,
        extra: { ...dataSource.options.extra, max: 1, options: '-c jit=off' },
      } as DataSourceOptions);
  await noJit?.initialize();
  const server = await createServer({
    dataSource,
    sessionSecret: 'bench-secret-'.padEnd(48, 'x'),
    log: pino({ level: 'silent' }),
    webDir: null,
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Data; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as Data;
  };
  const token = (
    await gql(`mutation { login(input: {email: "xem@camau.demo", password: "${DEMO_PASSWORD}"}) { token } }`)
  ).login.token as string;
  const campaignId = (await dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id as string;

  const breakdowns: string[] = [];
  console.log(
    `ThiĐua ranking benchmark — ${embedded ? 'embedded PGlite (in memory)' : 'PostgreSQL server'}; ${os.cpus().length} cores, ${os.cpus()[0]?.model}; Node ${process.version}, NODE_ENV=${process.env.NODE_ENV}; median of ${RUNS} interleaved runs`,
  );
  console.log(
    '| units | SQL floor, same figures (ms) | trivial GraphQL (ms) | ranking GraphQL (ms) | ranking ÷ (floor + trivial) | SQL floor, N and D only (ms) | ranking ÷ (that floor + trivial) | same-figures floor, JIT off (ms) | ranking ÷ (floor JIT off + trivial) |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of SIZES) {
    const levelKey = `bench${size}`;
    await fillLevel(dataSource, campaignId, levelKey, size);
    await dataSource.query('ANALYZE');
    const rankingQuery = (rows: string) =>
      gql(
        `query($c: ID!, $l: String!) { ranking(campaignId: $c, levelKey: $l, asOfPeriod: 11) { cohortSize ${rows} } }`,
        { c: campaignId, l: levelKey },
        token,
      );
    // Run in turns (floor, trivial, ranking, …) so that a busy spell of the machine weighs on all of them alike.
    const window = cumulationWindow(11);
    const campaign = (
      await dataSource.query(
        'SELECT start_date::text AS "startDate", end_date::text AS "endDate", time_zone AS "timeZone", due_weekday AS "dueWeekday", due_time AS "dueTime" FROM campaigns WHERE id = $1',
        [campaignId],
      )
    )[0];
    const dueAt = buildPeriods(campaign).map((period) => period.dueAt.toISOString());
    const floorParameters = [campaignId, 11, levelKey, window.previousTo, window.paceFrom, dueAt];
    await checkSameFigures(await dataSource.query(FLOOR_SQL, floorParameters), (await rankingQuery(ROWS)).ranking.rows);
    const [floor, narrowFloor, floorNoJit, trivial, ranking, noRows] = await medians([
      () => dataSource.query(FLOOR_SQL, floorParameters),
      () => dataSource.query(NARROW_FLOOR_SQL, [campaignId, 11, levelKey]),
      // The floor's estimated cost is far above jit_above_cost, so PostgreSQL compiles it (≈ 300 ms at 10.600 units);
      // the same query on a connection with JIT off. (The ranking's own statement stays under that cost.)
      () => (noJit ?? dataSource).query(FLOOR_SQL, floorParameters),
      () => gql('{ levels { key } }', {}, token),
      () => rankingQuery(ROWS),
      () => rankingQuery(''),
    ]);
    console.log(
      `| ${size.toLocaleString('vi-VN')} | ${fmt(floor)} | ${fmt(trivial)} | ${fmt(ranking)} | ${ratio(ranking / (floor + trivial))} | ${fmt(narrowFloor)} | ${ratio(ranking / (narrowFloor + trivial))} | ${noJit ? fmt(floorNoJit) : '–'} | ${noJit ? ratio(ranking / (floorNoJit + trivial)) : '–'} |`,
    );

    // Where the time goes: the same steps in process; then what HTTP + GraphQL cost with and without the rows.
    const now = new Date();
    const query = { campaignId, levelKey, asOfPeriod: 11 };
    const data = await loadRankingData(dataSource, query, now);
    const ranked = rankLoaded(data, now)[0];
    const [load, domain, mapping] = await medians([
      () => loadRankingData(dataSource, query, now),
      async () => rankLoaded(data, now),
      async () => toRankingResult(data, ranked.level, ranked.ranking),
    ]);
    const bytes = JSON.stringify(await rankingQuery(ROWS)).length;
    // The rows' execution alone, on a schema of its own whose ranking field answers the result made above:
    // graphql-js (as Apollo executes other queries) against the compiled query the server runs for `ranking`.
    const result = toRankingResult(data, ranked.level, ranked.ranking);
    const schema = await createSchema();
    (schema.getQueryType() as NonNullable<ReturnType<GraphQLSchema['getQueryType']>>).getFields().ranking.resolve =
      () => result;
    const document = parse(
      `query($c: ID!, $l: String!) { ranking(campaignId: $c, levelKey: $l, asOfPeriod: 11) { cohortSize ${ROWS} } }`,
    );
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error('the ranking query does not compile');
    const variableValues = { c: campaignId, l: levelKey };
    const answer = await compiled.query(undefined, {}, variableValues);
    const [graphqlJs, jit, stringify] = await medians([
      async () => execute({ schema, document, contextValue: {}, variableValues }),
      async () => compiled.query(undefined, {}, variableValues),
      async () => JSON.stringify(answer),
    ]);
    breakdowns.push(
      `| ${size.toLocaleString('vi-VN')} | ${fmt(load)} | ${fmt(domain)} | ${fmt(mapping)} | ${fmt(noRows)} | ${fmt(ranking)} | ${fmt(ranking - noRows)} | ${fmt(graphqlJs)} | ${fmt(jit)} | ${fmt(stringify)} | ${(bytes / 1e6).toFixed(1).replace('.', ',')} |`,
    );
  }
  console.log(
    '\nBreakdown (medians, ms). In process: load = campaign context, target set, targets, levels, units, SQL sums and tally, rows to the',
  );
  console.log(
    'domain input; domain = rankAggregatedCohort; to API rows = units, indicators, classes. Over HTTP: the ranking query without',
  );
  console.log(
    "rows (cohortSize only: everything but the rows' GraphQL execution and JSON) and with them. The rows' execution alone,",
  );
  console.log(
    'in process: by graphql-js and compiled (graphql-jit, as the server runs `ranking`); JSON.stringify of the result.',
  );
  console.log(
    "| units | load | domain | to API rows | HTTP, no rows | HTTP, rows | rows' GraphQL + JSON | execution, graphql-js | execution, compiled | JSON.stringify | response (MB) |",
  );
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const line of breakdowns) console.log(line);
  await server.stop();
  await noJit?.destroy();
  await database.close();
}

const ROWS = `rows { rank score movement unit { code name }
  indicators { numerator denominator rate target met achievement shortfall projectedRate onTrack } reports { due onTime late missing } }`;

/**
 * The floor: one hand-written query of the figures a ranking row shows and is computed from, as plain rows per unit
 * and indicator: N and D to period $2 with the rate, to $4 (for the movement) and from $5 (the pace window, for the
 * projection), the level's target, and the unit's reports counted in all, on time (first submitted by the period's
 * due instant, $6: the periods @thidua/domain builds, as the ranking uses them) and in periods past due. What it leaves
 * to the ranking:
 * scores, classes, ranks, shortfalls and projections (arithmetic on these numbers in @thidua/domain).
 */
const FLOOR_SQL = `
  WITH unit_list AS (
    SELECT u.id, u.code, u.name, u.level_id FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = $3 AND u.archived_at IS NULL
  ), sums AS (
    SELECT r.unit_id, v.indicator_id, sum(v.numerator) AS n, sum(v.denominator) AS d,
           sum(v.numerator) FILTER (WHERE r.period_index <= $4) AS previous_n, sum(v.denominator) FILTER (WHERE r.period_index <= $4) AS previous_d,
           sum(v.numerator) FILTER (WHERE r.period_index >= $5) AS pace_n, sum(v.denominator) FILTER (WHERE r.period_index >= $5) AS pace_d
    FROM reports r JOIN report_values v ON v.report_id = r.id JOIN unit_list ul ON ul.id = r.unit_id
    WHERE r.campaign_id = $1 AND r.period_index <= $2 GROUP BY r.unit_id, v.indicator_id
  ), tally AS (
    SELECT r.unit_id, count(*) AS reports, count(*) FILTER (WHERE r.first_submitted_at <= ($6::timestamptz[])[r.period_index]) AS on_time,
           count(*) FILTER (WHERE ($6::timestamptz[])[r.period_index] < now()) AS submitted_due
    FROM reports r JOIN unit_list ul ON ul.id = r.unit_id
    WHERE r.campaign_id = $1 AND r.period_index <= $2 GROUP BY r.unit_id
  )
  SELECT ul.code, ul.name, s.indicator_id, s.n, s.d, CASE WHEN s.d > 0 THEN 100.0 * s.n / s.d END AS rate,
         s.previous_n, s.previous_d, s.pace_n, s.pace_d, t.value AS target, ta.reports, ta.on_time, ta.submitted_due
  FROM unit_list ul
  LEFT JOIN sums s ON s.unit_id = ul.id
  LEFT JOIN tally ta ON ta.unit_id = ul.id
  LEFT JOIN targets t ON t.level_id = ul.level_id AND t.indicator_id = s.indicator_id
                     AND t.target_set_id = (SELECT id FROM target_sets WHERE campaign_id = $1 AND is_primary)
  ORDER BY ul.code`;

/**
 * The floor of the earlier benchmarks: N, D and the rate per unit and indicator, and the report count; nothing else.
 */
const NARROW_FLOOR_SQL = `
  WITH unit_list AS (
    SELECT u.id, u.code, u.name FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = $3 AND u.archived_at IS NULL
  ), sums AS (
    SELECT r.unit_id, v.indicator_id, sum(v.numerator) AS n, sum(v.denominator) AS d
    FROM reports r JOIN report_values v ON v.report_id = r.id JOIN unit_list ul ON ul.id = r.unit_id
    WHERE r.campaign_id = $1 AND r.period_index <= $2 GROUP BY r.unit_id, v.indicator_id
  ), tally AS (
    SELECT r.unit_id, count(*) AS reports FROM reports r JOIN unit_list ul ON ul.id = r.unit_id
    WHERE r.campaign_id = $1 AND r.period_index <= $2 GROUP BY r.unit_id
  )
  SELECT ul.code, ul.name, s.indicator_id, s.n, s.d, CASE WHEN s.d > 0 THEN 100.0 * s.n / s.d END AS rate, t.reports
  FROM unit_list ul LEFT JOIN sums s ON s.unit_id = ul.id LEFT JOIN tally t ON t.unit_id = ul.id ORDER BY ul.code`;

/**
 * Refuses to compare with a floor that does not compute what the ranking shows: totals of N, D, targets and reports on
 * time.
 */
async function checkSameFigures(floorRows: Data[], rankingRows: Data[]): Promise<void> {
  const floorReports = new Map(floorRows.map((row) => [row.code, Number(row.on_time)]));
  const floorTotals = {
    n: floorRows.reduce((sum, row) => sum + Number(row.n), 0),
    d: floorRows.reduce((sum, row) => sum + Number(row.d), 0),
    target: floorRows.reduce((sum, row) => sum + Number(row.target ?? 0), 0),
    onTime: [...floorReports.values()].reduce((sum, count) => sum + count, 0),
  };
  const figures = rankingRows.flatMap((row) => row.indicators as Data[]);
  const rankingTotals = {
    n: figures.reduce((sum, figure) => sum + figure.numerator, 0),
    d: figures.reduce((sum, figure) => sum + figure.denominator, 0),
    target: figures.reduce((sum, figure) => sum + (figure.target ?? 0), 0),
    onTime: rankingRows.reduce((sum, row) => sum + row.reports.onTime, 0),
  };
  if (JSON.stringify(floorTotals) !== JSON.stringify(rankingTotals)) {
    throw new Error(
      `the floor does not compute the ranking's figures: ${JSON.stringify(floorTotals)} vs ${JSON.stringify(rankingTotals)}`,
    );
  }
}

/** The median time of each, run in turns after a warm-up round. */
async function medians(runs: (() => Promise<unknown>)[]): Promise<number[]> {
  for (const run of runs) await run();
  const times = runs.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < runs.length; k++) {
      const started = performance.now();
      await runs[k]();
      times[k].push(performance.now() - started);
    }
  }
  return times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
}

const ratio = (value: number) => value.toFixed(2).replace('.', ',');
const fmt = (ms: number) => ms.toFixed(1).replace('.', ',');

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
