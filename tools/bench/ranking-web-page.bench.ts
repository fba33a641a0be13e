/**
 * What the web app's rankings table costs the server and the network, over HTTP, for one level of `BENCH_UNITS`
 * units (default 10.600, a country's communes): the table as it asked before (every row of the level, the table's
 * fields) against its first page now (rowsConnection, 200 rows) in the ranking's order, ordered by another column
 * (the unit's name: every unit read; the score; an indicator's rate) and found by a search. Medians of BENCH_RUNS
 * (9) runs in turns, the answer cache off (every request reads and ranks the level again); the answer's size.
 *
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_b npm run bench:web-page   (its public schema is dropped)
 *      npm run bench:web-page                                                             (embedded PGlite, in memory)
 */
import './production-env';
import 'reflect-metadata';
import os from 'node:os';
import { DEMO_PASSWORD } from '@thidua/api';
import { demoWithLevel, openBenchDatabase } from './bench-database';
import { startBenchServer } from './bench-server';
import { timedMedians } from './medians';

const UNITS = Number(process.env.BENCH_UNITS ?? 10_600);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/** The fields of the web's RankingRowFields fragment and the unit's childCount, as the rankings table asks them. */
const WEB_ROW = `rank movement score baseScore bonusPoints penaltyPoints tieBreak latestReportMissing
  class { code name minScore } unit { id code name childCount }
  indicators { indicator { code } numerator denominator rate target met shortfall projectedRate onTrack }
  reports { late missing }`;

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const campaignId = await demoWithLevel(database, 'bench', UNITS);
  const { server, url } = await startBenchServer(database.dataSource, { rankingCacheSeconds: 0 });
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { data?: { login?: { token: string } }; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { body, bytes: Buffer.byteLength(text) };
  };
  const login = await post(
    `mutation($p: String!) { login(input: {email: "xem@camau.demo", password: $p}) { token } }`,
    { p: DEMO_PASSWORD },
  );
  const token = login.body.data?.login?.token as string;
  const [indicator] = (await database.dataSource.query(
    `SELECT i.code FROM indicators i JOIN campaign_indicators ci ON ci.indicator_id = i.id
     WHERE ci.campaign_id = $1 ORDER BY ci.position LIMIT 1`,
    [campaignId],
  )) as { code: string }[];
  const ranking = (rows: string, variables = '') => `query($c: ID!${variables}) {
    ranking(campaignId: $c, levelKey: "bench", asOfPeriod: 11) { cohortSize ${rows} } }`;
  const page = `rowsConnection(first: 200, orderBy: $orderBy, search: $search) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${WEB_ROW} } } }`;
  const cases: [string, string, Record<string, unknown>][] = [
    ['before: every row of the level', ranking(`rows { ${WEB_ROW} }`), {}],
    ['now: first 200 rows, by rank', ranking(page, ', $orderBy: RankingRowOrder, $search: String'), {}],
    [
      'now: first 200 rows, by unit name (every unit read)',
      ranking(page, ', $orderBy: RankingRowOrder, $search: String'),
      { orderBy: { by: 'UNIT_NAME' } },
    ],
    [
      'now: first 200 rows, by score, largest first',
      ranking(page, ', $orderBy: RankingRowOrder, $search: String'),
      { orderBy: { by: 'SCORE', descending: true } },
    ],
    [
      `now: first 200 rows, by the rate of ${indicator.code}`,
      ranking(page, ', $orderBy: RankingRowOrder, $search: String'),
      { orderBy: { by: 'INDICATOR_RATE', indicatorCode: indicator.code, descending: true } },
    ],
    [
      'now: search "don vi 10" (every unit read)',
      ranking(page, ', $orderBy: RankingRowOrder, $search: String'),
      { search: 'don vi 10' },
    ],
  ];
  const sizes = new Map<string, number>();
  const times = await timedMedians(
    cases.map(([name, query, variables]) => async () => {
      const started = performance.now();
      const { bytes } = await post(query, { c: campaignId, ...variables }, token);
      const elapsed = performance.now() - started;
      sizes.set(name, bytes);
      return elapsed;
    }),
    RUNS,
  );
  await server.stop();
  await database.close();

  const number = (value: number, digits = 1) =>
    value.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  console.log(
    `ThiĐua rankings table, as the web app asks it — ${database.embedded ? 'embedded PGlite' : 'PostgreSQL server'}; ` +
      `${os.cpus().length} cores, ${os.cpus()[0]?.model}; ${UNITS.toLocaleString('vi-VN')} units, answer cache off, ` +
      `medians of ${RUNS} runs in turns over HTTP`,
  );
  console.log('| request | time (ms) | answer (kB) |');
  console.log('|---|---:|---:|');
  for (const [index, [name]] of cases.entries())
    console.log(`| ${name} | ${number(times[index])} | ${number((sizes.get(name) ?? 0) / 1000, 0)} |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
