/**
 * API throughput under load: requests per second of the `ranking` query (one level of `BENCH_UNITS` units, every
 * figure of every row) against a trivial GraphQL query (`{ levels { key } }`), each driven by autocannon with the
 * same connections for the same time, against the same server and database. Aim: ranking ≥ 50 % of trivial.
 *
 * Run: npm run bench:throughput                                  (embedded PGlite, in memory)
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_ranking npm run bench:throughput   (its public schema is dropped)
 * Options: BENCH_UNITS (130), BENCH_SECONDS (10), BENCH_CONNECTIONS (10).
 */
import './production-env';
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import autocannon from 'autocannon';
import pino from 'pino';
import { DEMO_PASSWORD, loadDemo } from '../../apps/api/src/database/seeds/demo-seed';
import { createServer } from '../../apps/api/src/server';
import { fillLevel, openBenchDatabase } from './bench-database';

const UNITS = Number(process.env.BENCH_UNITS ?? 130);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROWS = `rows { rank score movement unit { code name }
  indicators { numerator denominator rate target met achievement shortfall projectedRate onTrack } reports { due onTime late missing } }`;

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { dataSource, embedded } = database;
  await database.reset();
  await loadDemo(dataSource);
  const campaignId = (await dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id as string;
  await fillLevel(dataSource, campaignId, 'bench', UNITS);
  await dataSource.query('ANALYZE');
  const server = await createServer({ dataSource, sessionSecret: 'bench-secret-'.padEnd(48, 'x'), log: pino({ level: 'silent' }), webDir: null });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
  const login = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { login(input: {email: "xem@camau.demo", password: "${DEMO_PASSWORD}"}) { token } }` }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  const load = async (query: string, variables: Record<string, unknown> = {}) => {
    const result = await autocannon({
      url,
      method: 'POST',
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    if (result.non2xx || result.errors) throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
    return result;
  };
  const trivial = `{ levels { key } }`;
  const ranking = `query($c: ID!) { ranking(campaignId: $c, levelKey: "bench", asOfPeriod: 11) { cohortSize ${ROWS} } }`;
  await load(trivial); // warm-up: JIT, pools, caches alike for both
  const trivialResult = await load(trivial);
  const rankingResult = await load(ranking, { c: campaignId });
  await server.stop();
  await database.close();

  const perSecond = (value: number) => Math.round(value).toLocaleString('vi-VN');
  const ms = (value: number) => value.toFixed(1).replace('.', ',');
  const share = rankingResult.requests.average / trivialResult.requests.average;
  console.log(
    `ThiĐua API throughput — ${embedded ? 'embedded PGlite (in memory)' : 'PostgreSQL server'}; ${os.cpus().length} cores, ${os.cpus()[0]?.model}; ` +
      `Node ${process.version}, NODE_ENV=${process.env.NODE_ENV}; autocannon ${CONNECTIONS} connections × ${SECONDS} s each, after a warm-up`,
  );
  console.log('| query | requests/s (mean) | latency p50 (ms) | latency p99 (ms) | bytes/s |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, result] of [['trivial `{ levels { key } }`', trivialResult], [`ranking, ${UNITS} units, every figure`, rankingResult]] as const) {
    console.log(`| ${name} | ${perSecond(result.requests.average)} | ${ms(result.latency.p50)} | ${ms(result.latency.p99)} | ${perSecond(result.throughput.average)} |`);
  }
  console.log(`ranking ÷ trivial: ${(share * 100).toFixed(0)} % (aim ≥ 50 %)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
