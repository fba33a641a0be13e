/**
 * The campaign dashboard's data on the full Cà Mau demo (129 units, 11 weekly periods of reports), over HTTP:
 * - the trend, as the dashboard used to fetch it — `summary` once for the shown period and once per period 1..p,
 *   sent together — against the one `summaryTrend` query that answers all periods;
 * - everything the dashboard shows before and after: the old summaries and the reports card, against
 *   `summaryTrend`, the missing-reports card and each level's ranking of this period and the one before (one query
 *   per level), all sent together as the web app does.
 * The bench first checks that summaryTrend equals the per-period summaries. Ranking answers are not kept (the
 * server's cache is off): every run computes. Aim: the whole dashboard's data in well under 1 s.
 *
 * Run: npm run bench:dashboard            (embedded PGlite, in memory)
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_dashboard npm run bench:dashboard   (a real server: the
 *      database's public schema is dropped and rebuilt, so give it a database of its own, never `test`)
 */
import './production-env';
import 'reflect-metadata';
import os from 'node:os';
import { DEMO_PASSWORD, loadDemo } from '@thidua/api';
import { openBenchDatabase } from './bench-database';
import { startBenchServer } from './bench-server';
import { medians } from './medians';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are read by path
type Data = Record<string, any>;

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

const FIGURES = `indicator { id code name numeratorLabel } numerator denominator rate target met achievement shortfall
  projectedRate onTrack weight`;
const LEVEL = `unitCount level { id key name } indicators { ${FIGURES} }`;
const SUMMARY = `query($c: ID!, $p: Int, $s: String) { summary(campaignId: $c, asOfPeriod: $p, targetSetKey: $s) { ${LEVEL} } }`;
const TREND = `query($c: ID!, $p: Int, $s: String) {
  summaryTrend(campaignId: $c, throughPeriod: $p, targetSetKey: $s) { asOfPeriod levels { ${LEVEL} } } }`;
const BOARD = `query($c: ID!, $p: Int!) { reportStatusBoard(campaignId: $c, period: $p) {
  period { index dueAt } levels { level { id key } total onTime late missing notDue } toRemind { id name parent { id name } } } }`;
const STANDINGS = `query($c: ID!, $l: String!, $p: Int!, $q: Int!, $s: String) {
  current: ranking(campaignId: $c, levelKey: $l, asOfPeriod: $p, targetSetKey: $s) { asOfPeriod cohortSize
    rows { rank previousRank movement score latestReportMissing class { code name } unit { id code name }
      indicators { indicator { id code } rate target met achievement } } }
  previous: ranking(campaignId: $c, levelKey: $l, asOfPeriod: $q, targetSetKey: $s) {
    rows { rank score unit { id } indicators { indicator { id code } rate } } } }`;

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { dataSource, embedded } = database;
  await database.reset();
  await loadDemo(dataSource, 'full');
  const { server, url: base } = await startBenchServer(dataSource, { rankingCacheSeconds: 0 });
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
  const campaign = (
    await gql('{ campaigns(first: 1) { edges { node { id levels { key } periods { index } } } } }', {}, token)
  ).campaigns.edges[0].node as { id: string; levels: { key: string }[]; periods: { index: number }[] };
  const c = campaign.id;
  const p = campaign.periods.length;
  const periods = Array.from({ length: p }, (_, i) => i + 1);

  const oldTrend = () => Promise.all(periods.map((period) => gql(SUMMARY, { c, p: period }, token)));
  const newTrend = () => gql(TREND, { c, p }, token);
  const before = (await oldTrend()).map((answer, i) => ({ asOfPeriod: i + 1, levels: answer.summary }));
  if (JSON.stringify(before) !== JSON.stringify((await newTrend()).summaryTrend))
    throw new Error('summaryTrend does not equal the per-period summaries');

  const oldDashboard = () => Promise.all([gql(SUMMARY, { c, p }, token), oldTrend(), gql(BOARD, { c, p }, token)]);
  const newDashboard = () =>
    Promise.all([
      newTrend(),
      gql(BOARD, { c, p }, token),
      ...campaign.levels.map((level) => gql(STANDINGS, { c, l: level.key, p, q: Math.max(1, p - 1) }, token)),
    ]);
  const [oldTrendMs, newTrendMs, oldDashboardMs, newDashboardMs] = await medians(
    [oldTrend, newTrend, oldDashboard, newDashboard],
    RUNS,
  );

  const load = os.loadavg().map((value) => value.toFixed(1).replace('.', ','));
  console.log(
    `ThiĐua dashboard benchmark — ${embedded ? 'embedded PGlite (in memory)' : 'PostgreSQL server'}; full Cà Mau demo, ` +
      `as of period ${p}; ${os.cpus().length} cores, ${os.cpus()[0]?.model}; Node ${process.version}, ` +
      `NODE_ENV=${process.env.NODE_ENV}; load ${load.join(' / ')}; median of ${RUNS} interleaved runs`,
  );
  console.log('| what | requests | time (ms) |');
  console.log('|---|---:|---:|');
  console.log(`| trend, before: \`summary\` per period 1..${p}, sent together | ${p} | ${fmt(oldTrendMs)} |`);
  console.log(`| trend, now: one \`summaryTrend\` | 1 | ${fmt(newTrendMs)} |`);
  console.log(
    `| whole dashboard, before: summary + ${p} summaries + reports card | ${p + 2} | ${fmt(oldDashboardMs)} |`,
  );
  console.log(
    `| whole dashboard, now: summaryTrend + missing reports + ${campaign.levels.length} levels' rankings (this ` +
      `period and the one before) | ${campaign.levels.length + 2} | ${fmt(newDashboardMs)} |`,
  );
  await server.stop();
  await database.close();
}

const fmt = (ms: number) => ms.toFixed(1).replace('.', ',');

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
