/**
 * The ranking query over HTTP against its floors, in the same process and database, plus a trivial GraphQL query
 * (the cost of HTTP, auth and GraphQL themselves). Two sizes: one level of a province (130 units) and all communes
 * of a country (10.600 units); 3 indicators, 11 periods.
 *
 * - Floor (the headline): one hand-written statement returning the same figures in the same shape as the ranking's
 *   own statement (RANKING_SQL): the cohort's units as one JSON value, per unit its report tally (on time, in all,
 *   in past-due periods, period p's timeliness) and per indicator N and D to p, to p − 1 and over the pace window
 *   summed as float8, with the target set's targets beside them (FLOOR_SQL, in ranking-limit.ts). JIT is off for
 *   both: the ranking runs its statement under `SET LOCAL jit = off` (withoutJit), the floor on a connection opened
 *   with `jit=off` (PGlite has no JIT). Its totals (N, D, targets, reports on time and in all) are checked equal to
 *   the ranking's answer before anything is timed. Aim: ranking ≤ 1,5 × (floor + trivial).
 * - The limit: an ideal layout of kept sums, built untimed by the bench (table bench_kept_sums: one row per unit and
 *   period p, with everything the ranking at p needs as one float8[]: the tally, then per indicator N and D to p, to
 *   p − 1 and over the pace window); timed: one statement reading the cohort's rows (and the targets) as one JSON
 *   value, then @thidua/domain's rankAggregatedCohort in memory, as the API ranks. Its ranks and scores are checked
 *   equal to the API's. No GraphQL, no rows to JSON: what a ranking from kept sums cannot go below (ranking-limit.ts:
 *   KEPT_SUMS_TABLE, keepSums, LIMIT_SQL, rankFromKeptSums; shared with ranking-throughput.bench.ts's floor server).
 * - The ranking as a client paging its rows asks it (rowsConnection's first 50 rows and the total, checked equal
 *   to the first 50 of the whole answer): the whole level is ranked, only the page is turned into API rows and sent.
 * - With BENCH_OLD_FLOORS=1, the floors of the earlier benchmarks too (plain rows, numeric sums, JIT as the server
 *   has it): they cross PostgreSQL's JIT threshold at 10.600 units and decode 31.800 rows field by field, so they
 *   overstate the floor there; kept for comparison only.
 * A breakdown follows: where the ranking's time goes.
 *
 * Run: npm run bench:ranking            (embedded PGlite, in memory)
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_b npm run bench:ranking   (a real server: the
 *      database's public schema is dropped and rebuilt, so give it a database of its own, never `test`)
 * Options: BENCH_SIZES (130,10600), BENCH_RUNS (9), BENCH_OLD_FLOORS (off).
 */
import './production-env';
import 'reflect-metadata';
import os from 'node:os';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { buildPeriods, cumulationWindow } from '@thidua/domain';
import { DEMO_PASSWORD, loadDemo } from '@thidua/api';
import { createSchema } from '@thidua/api';
import { loadRankingData } from '@thidua/api';
import { rankLoaded, toRankingResult } from '@thidua/api';
import { fillLevel, openBenchDatabase } from './bench-database';
import { startBenchServer } from './bench-server';
import { medians } from './medians';
import {
  AS_OF,
  FLOOR_SQL,
  floorParameters as floorParametersOf,
  KEPT_SUMS_TABLE,
  keepSums,
  LIMIT_SQL,
  rankFromKeptSums,
  rankingSettings,
  type FloorRow,
  type LimitRow,
} from './ranking-limit';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are read by path
type Data = Record<string, any>;

const SIZES = (process.env.BENCH_SIZES ?? '130,10600').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const OLD_FLOORS = process.env.BENCH_OLD_FLOORS === '1';
const DATA_OPENING = Buffer.from('{"data":');

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { dataSource, embedded } = database;
  await database.reset();
  await loadDemo(dataSource);
  // JIT off for the floors' statements, as the ranking's own statement runs (PGlite has no JIT).
  const noJit = embedded
    ? null
    : new DataSource({
        ...dataSource.options,
        extra: { ...dataSource.options.extra, max: 1, options: '-c jit=off' },
      } as DataSourceOptions);
  await noJit?.initialize();
  const floorSource = noJit ?? dataSource;
  const { server, url: base } = await startBenchServer(dataSource);
  const post = (query: string, variables: Record<string, unknown>, token?: string) =>
    fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const body = (await (await post(query, variables, token)).json()) as { data?: Data; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as Data;
  };
  // What is timed: an answer's last byte. Reading it into objects is the caller's own work, which in this process
  // would run on the server's thread (it is shown apart: "HTTP, rows, parsed"). Apollo writes errors before data,
  // so an answer that begins with {"data": holds none.
  const answerBytes = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await post(query, variables, token);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200 || !bytes.subarray(0, DATA_OPENING.length).equals(DATA_OPENING))
      throw new Error(bytes.toString());
    return bytes.length;
  };
  const token = (
    await gql(`mutation { login(input: {email: "xem@camau.demo", password: "${DEMO_PASSWORD}"}) { token } }`)
  ).login.token as string;
  const campaignId = (await dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id as string;
  const campaign = (
    await dataSource.query(
      `SELECT start_date::text AS "startDate", end_date::text AS "endDate", time_zone AS "timeZone",
              due_weekday AS "dueWeekday", due_time AS "dueTime" FROM campaigns WHERE id = $1`,
      [campaignId],
    )
  )[0];
  const periods = buildPeriods(campaign);
  const window = cumulationWindow(AS_OF);
  await dataSource.query(KEPT_SUMS_TABLE);

  const breakdowns: string[] = [];
  const oldFloorLines: string[] = [];
  const database_ = embedded
    ? 'embedded PGlite (in memory, no JIT)'
    : 'PostgreSQL server, JIT off for ranking and floors';
  console.log(
    `ThiĐua ranking benchmark — ${database_}; ${os.cpus().length} cores, ${os.cpus()[0]?.model}; ` +
      `Node ${process.version}, NODE_ENV=${process.env.NODE_ENV}; median of ${RUNS} interleaved runs; ` +
      `load average ${loadAverage()}`,
  );
  header([
    'units',
    'floor, same figures as one JSON value (ms)',
    'trivial GraphQL (ms)',
    'ranking GraphQL (ms)',
    'ranking ÷ (floor + trivial)',
    'limit: kept sums + domain (ms)',
    'ranking ÷ limit',
    'ranking ÷ (limit + trivial)',
    'ranking, first 50 rows (ms)',
    '50 rows ÷ limit',
    '50 rows ÷ (limit + trivial)',
  ]);
  for (const size of SIZES) {
    const levelKey = `bench${size}`;
    await fillLevel(dataSource, campaignId, levelKey, size);
    // As autovacuum leaves tables at rest, and as the limit's own table is left (keepSums): statistics taken and the
    // visibility map set. Analyzed only, the kept rows of period p were read by a scan of the whole table rather than
    // from their covering index (≈ 34 against 19 ms in the server at 10.600 units).
    await dataSource.query('VACUUM ANALYZE');
    const levelId = (await dataSource.query('SELECT id FROM levels WHERE key = $1', [levelKey]))[0].id as string;
    const rankingDocument = (rows: string) => `query($c: ID!, $l: String!) {
           ranking(campaignId: $c, levelKey: $l, asOfPeriod: ${AS_OF}) { cohortSize ${rows} } }`;
    const rankingQuery = (rows: string) => gql(rankingDocument(rows), { c: campaignId, l: levelKey }, token);
    const rankingBytes = (rows: string) => answerBytes(rankingDocument(rows), { c: campaignId, l: levelKey }, token);
    const now = new Date();
    const floorParameters = floorParametersOf(campaignId, levelId, periods, now);
    const floor = () => floorSource.query(FLOOR_SQL, floorParameters) as Promise<FloorRow[]>;
    const answer = (await rankingQuery(ROWS)).ranking.rows as Data[];
    checkSameFigures(floorTotals((await floor())[0]), rankingTotals(answer));

    // The limit's layout, built untimed from the floor's figures: one row per unit with a float8[] of its sums.
    const settings = await rankingSettings(dataSource, campaignId, now);
    const floorAnswer = (await floor())[0];
    await keepSums(dataSource, campaignId, levelId, settings.indicatorIds, floorAnswer);
    const limit = async () => {
      const [row] = (await floorSource.query(LIMIT_SQL, [campaignId, levelId, AS_OF])) as LimitRow[];
      return rankFromKeptSums(settings, levelId, row);
    };
    checkSameRanking(await limit(), answer, new Map(floorAnswer.units.map(([id, code]) => [id, code])));
    const firstPage = (await rankingQuery(PAGE)).ranking.rowsConnection as Data;
    const pageRows = JSON.stringify(firstPage.edges.map((edge: Data) => edge.node));
    if (firstPage.totalCount !== answer.length || pageRows !== JSON.stringify(answer.slice(0, 50)))
      throw new Error("the first page is not the ranking's first 50 rows");

    // Run in turns (floor, trivial, ranking, …) so that a busy spell of the machine weighs on all of them alike.
    const oldParameters = [campaignId, AS_OF, levelKey, window.previousTo, window.paceFrom, floorParameters[3]];
    if (OLD_FLOORS)
      checkSameFigures(oldFloorTotals(await dataSource.query(OLD_FLOOR_SQL, oldParameters)), rankingTotals(answer));
    const trivialQuery = () => answerBytes('{ levels { key } }', {}, token);
    const [floorMs, trivial, ranking, noRows, parsed, oldFloor, narrowFloor] = await medians(
      [
        floor,
        trivialQuery,
        () => rankingBytes(ROWS),
        () => rankingBytes(''),
        () => rankingQuery(ROWS),
        ...(OLD_FLOORS
          ? [
              // As the server has it: JIT on a PostgreSQL server (≈ 300–400 ms of compiling at 10.600 units).
              () => dataSource.query(OLD_FLOOR_SQL, oldParameters),
              () => dataSource.query(NARROW_FLOOR_SQL, [campaignId, AS_OF, levelKey]),
            ]
          : []),
      ],
      RUNS,
    );
    // The limit and the first page in turns of their own (with the trivial query again): among the runs above, each
    // would pay a share of the collection of the whole answer's garbage (7,8 MB of JSON at a country's communes).
    const [limitMs, pageTrivial, page] = await medians([limit, trivialQuery, () => rankingBytes(PAGE)], RUNS);
    console.log(
      line([
        size.toLocaleString('vi-VN'),
        fmt(floorMs),
        fmt(trivial),
        fmt(ranking),
        `**${ratio(ranking / (floorMs + trivial))}**`,
        fmt(limitMs),
        ratio(ranking / limitMs),
        ratio(ranking / (limitMs + trivial)),
        fmt(page),
        ratio(page / limitMs),
        ratio(page / (limitMs + pageTrivial)),
      ]),
    );
    if (OLD_FLOORS)
      oldFloorLines.push(
        line([
          size.toLocaleString('vi-VN'),
          fmt(oldFloor),
          ratio(ranking / (oldFloor + trivial)),
          fmt(narrowFloor),
          ratio(ranking / (narrowFloor + trivial)),
        ]),
      );

    // Where the time goes: the same steps in process; then what HTTP + GraphQL cost with and without the rows.
    const query = { campaignId, levelKey, asOfPeriod: AS_OF };
    const data = await loadRankingData(dataSource, query, now);
    const ranked = rankLoaded(data, now)[0];
    const [load, domain, mapping] = await medians(
      [
        () => loadRankingData(dataSource, query, now),
        async () => rankLoaded(data, now),
        async () => toRankingResult(data, ranked.level, ranked.ranking),
      ],
      RUNS,
    );
    const bytes = JSON.stringify(await rankingQuery(ROWS)).length;
    // The rows' execution alone, on a schema of its own whose ranking field answers the result made above:
    // graphql-js (as Apollo executes other queries) against the compiled query the server runs for `ranking`.
    const result = toRankingResult(data, ranked.level, ranked.ranking);
    const schema = await createSchema();
    (schema.getQueryType() as NonNullable<ReturnType<GraphQLSchema['getQueryType']>>).getFields().ranking.resolve =
      () => result;
    const document = parse(
      `query($c: ID!, $l: String!) {
         ranking(campaignId: $c, levelKey: $l, asOfPeriod: ${AS_OF}) { cohortSize ${ROWS} } }`,
    );
    const compiled = compileQuery(schema, document);
    if (!isCompiledQuery(compiled)) throw new Error('the ranking query does not compile');
    const variableValues = { c: campaignId, l: levelKey };
    const executed = await compiled.query(undefined, {}, variableValues);
    const [graphqlJs, jit, stringify] = await medians(
      [
        async () => execute({ schema, document, contextValue: {}, variableValues }),
        async () => compiled.query(undefined, {}, variableValues),
        async () => JSON.stringify(executed),
      ],
      RUNS,
    );
    breakdowns.push(
      line([
        size.toLocaleString('vi-VN'),
        ...[load, domain, mapping, noRows, ranking, parsed, ranking - noRows, graphqlJs, jit, stringify].map(fmt),
        (bytes / 1e6).toFixed(1).replace('.', ','),
      ]),
    );
  }
  console.log(
    "Floor: checked to give the ranking's totals (N, D, targets, reports on time and in all); " +
      'limit: checked to give its ranks and scores.',
  );
  if (OLD_FLOORS) {
    console.log(
      '\nThe earlier floors, for comparison only ' +
        '(plain rows decoded field by field, numeric sums, JIT as the server has it):',
    );
    header([
      'units',
      'old floor, same figures as rows (ms)',
      'ranking ÷ (that + trivial)',
      'old floor, N and D only (ms)',
      'ranking ÷ (that + trivial)',
    ]);
    for (const line of oldFloorLines) console.log(line);
  }
  console.log(
    '\nBreakdown (medians, ms). In process: load = campaign context, target set, targets, levels, units, ' +
      'figures and ' +
      'tally (as the API reads them), rows to the',
  );
  console.log(
    "domain input; domain = rankAggregatedCohort; to API rows = the result in the API's terms " +
      '(its rows made and their ' +
      'units read only when shown, so nearly nothing here; both are part of "rows\' GraphQL + JSON"). Over HTTP: the ' +
      'ranking query without',
  );
  console.log(
    "rows (cohortSize only: everything but the rows' GraphQL execution and JSON) and with them, to the answer's last " +
      "byte, and read by the caller (response.json()). The rows' execution alone,",
  );
  console.log(
    'in process: by graphql-js and compiled (graphql-jit, as the server runs `ranking`); JSON.stringify of the ' +
      'result.',
  );
  header([
    'units',
    'load',
    'domain',
    'to API rows',
    'HTTP, no rows',
    'HTTP, rows',
    'HTTP, rows, parsed',
    "rows' GraphQL + JSON",
    'execution, graphql-js',
    'execution, compiled',
    'JSON.stringify',
    'response (MB)',
  ]);
  for (const line of breakdowns) console.log(line);
  console.log(`\nLoad average at the end: ${loadAverage()}`);
  await server.stop();
  await noJit?.destroy();
  await database.close();
}

const ROW_FIELDS = `rank score movement unit { code name }
  indicators { numerator denominator rate target met achievement shortfall projectedRate onTrack }
  reports { due onTime late missing }`;
const ROWS = `rows { ${ROW_FIELDS} }`;
/** What a client paging the rows asks first: the cohort's size and 50 rows (rowsConnection's default page). */
const PAGE = `rowsConnection(first: 50) { totalCount edges { node { ${ROW_FIELDS} } } }`;

interface Totals {
  n: number;
  d: number;
  target: number;
  onTime: number;
  reports: number;
}

function floorTotals(floor: FloorRow): Totals {
  const targetOf = new Map<string, number>();
  for (const [indicatorId, levelId, , value] of floor.targets ?? []) if (levelId) targetOf.set(indicatorId, value);
  const overrides = new Map<string, number>();
  for (const [indicatorId, , unitId, value] of floor.targets ?? [])
    if (unitId) overrides.set(`${unitId}/${indicatorId}`, value);
  const totals: Totals = { n: 0, d: 0, target: 0, onTime: 0, reports: 0 };
  for (const [unitId, , , onTime, reports, , , figures] of floor.units) {
    totals.onTime += onTime;
    totals.reports += reports;
    for (const [indicatorId, n, d] of figures ?? []) {
      totals.n += n;
      totals.d += d;
      totals.target += overrides.get(`${unitId}/${indicatorId}`) ?? targetOf.get(indicatorId) ?? 0;
    }
  }
  return totals;
}

function rankingTotals(rows: Data[]): Totals {
  const figures = rows.flatMap((row) => row.indicators as Data[]);
  return {
    n: figures.reduce((sum, figure) => sum + figure.numerator, 0),
    d: figures.reduce((sum, figure) => sum + figure.denominator, 0),
    target: figures.reduce((sum, figure) => sum + (figure.target ?? 0), 0),
    onTime: rows.reduce((sum, row) => sum + row.reports.onTime, 0),
    reports: rows.reduce((sum, row) => sum + row.reports.onTime + row.reports.late, 0),
  };
}

function oldFloorTotals(rows: Data[]): Totals {
  const byUnit = new Map(rows.map((row) => [row.code, row]));
  return {
    n: rows.reduce((sum, row) => sum + Number(row.n), 0),
    d: rows.reduce((sum, row) => sum + Number(row.d), 0),
    target: rows.reduce((sum, row) => sum + Number(row.target ?? 0), 0),
    onTime: [...byUnit.values()].reduce((sum, row) => sum + Number(row.on_time), 0),
    reports: [...byUnit.values()].reduce((sum, row) => sum + Number(row.reports), 0),
  };
}

/** Refuses to compare with a floor that does not compute what the ranking shows. */
function checkSameFigures(floor: Totals, ranking: Totals): void {
  if (JSON.stringify(floor) !== JSON.stringify(ranking)) {
    throw new Error(
      `the floor does not compute the ranking's figures: ${JSON.stringify(floor)} vs ${JSON.stringify(ranking)}`,
    );
  }
}

/** Refuses a limit whose ranks and scores differ from the API's answer (rows in the same order, by unit). */
function checkSameRanking(
  limit: ReturnType<typeof rankFromKeptSums>,
  answer: Data[],
  codeOf: Map<string, string>,
): void {
  if (limit.rows.length !== answer.length) throw new Error('the limit ranks another number of units');
  for (let i = 0; i < answer.length; i++) {
    const [mine, api] = [limit.rows[i], answer[i]];
    if (codeOf.get(mine.unitId) !== api.unit.code) throw new Error(`the limit's row ${i + 1} is another unit`);
    const sameScore = mine.score === api.score || Math.abs((mine.score ?? NaN) - api.score) < 1e-9;
    if (mine.rank !== api.rank || !sameScore || mine.movement !== api.movement)
      throw new Error(`the limit's row ${i + 1} differs from the API's: ${JSON.stringify([mine, api])}`);
  }
}

/**
 * The floor of the earlier benchmarks (BENCH_OLD_FLOORS=1, for comparison only): one hand-written query of the
 * figures a ranking row shows and is computed from, as plain rows per unit
 * and indicator: N and D to period $2 with the rate, to $4 (for the movement) and from $5 (the pace window, for the
 * projection), the level's target, and the unit's reports counted in all, on time (first submitted by the period's
 * due instant, $6: the periods @thidua/domain builds, as the ranking uses them) and in periods past due. What it leaves
 * to the ranking:
 * scores, classes, ranks, shortfalls and projections (arithmetic on these numbers in @thidua/domain).
 */
const OLD_FLOOR_SQL = `
  WITH unit_list AS (
    SELECT u.id, u.code, u.name, u.level_id FROM units u JOIN levels l ON l.id = u.level_id
    WHERE l.key = $3 AND u.archived_at IS NULL
  ), sums AS (
    SELECT r.unit_id, v.indicator_id, sum(v.numerator) AS n, sum(v.denominator) AS d,
           sum(v.numerator) FILTER (WHERE r.period_index <= $4) AS previous_n,
           sum(v.denominator) FILTER (WHERE r.period_index <= $4) AS previous_d,
           sum(v.numerator) FILTER (WHERE r.period_index >= $5) AS pace_n,
           sum(v.denominator) FILTER (WHERE r.period_index >= $5) AS pace_d
    FROM reports r JOIN report_values v ON v.report_id = r.id JOIN unit_list ul ON ul.id = r.unit_id
    WHERE r.campaign_id = $1 AND r.period_index <= $2 GROUP BY r.unit_id, v.indicator_id
  ), tally AS (
    SELECT r.unit_id, count(*) AS reports,
           count(*) FILTER (WHERE r.first_submitted_at <= ($6::timestamptz[])[r.period_index]) AS on_time,
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
 * The narrowest floor of the earlier benchmarks (BENCH_OLD_FLOORS=1): N, D and the rate per unit and indicator,
 * and the report count; nothing else.
 */
const NARROW_FLOOR_SQL = `
  WITH unit_list AS (
    SELECT u.id, u.code, u.name FROM units u JOIN levels l ON l.id = u.level_id
    WHERE l.key = $3 AND u.archived_at IS NULL
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

const ratio = (value: number) => value.toFixed(2).replace('.', ',');
const fmt = (ms: number) => ms.toFixed(1).replace('.', ',');
const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
/** A table's header row and its alignment row (numbers right-aligned). */
const header = (names: string[]) => console.log(`${line(names)}\n|${names.map(() => '---:').join('|')}|`);
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
