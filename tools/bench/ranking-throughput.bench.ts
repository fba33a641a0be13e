/**
 * API throughput under load: requests per second of the `ranking` query (one level of `BENCH_UNITS` units, every
 * figure of every row) against a trivial GraphQL query (`{ levels { key } }`), each driven by autocannon with the
 * same connections for the same time, against the same server and database. Aim: ranking ≥ 50 % of trivial.
 * The ranking is measured twice: as the server runs by default (answers kept RANKING_CACHE_SECONDS = 2 s, see
 * RankingResponseCache: many readers share one computation) and with that turned off (every request reads and
 * ranks again).
 * "As served" repeats one identical query: within the 2-second answer cache nearly every request is a hit, so it
 * measures the cache, not the ranking. For requests that differ (users, levels, periods, target sets, paging, a
 * stated share repeated) with and without the cache, and the cold case, see ranking-mixed-load.bench.ts
 * (npm run bench:mixed).
 *
 * Run: npm run bench:throughput                                  (embedded PGlite, in memory)
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_ranking npm run bench:throughput   (its public schema is
 * dropped)
 * Options: BENCH_UNITS (130), BENCH_SECONDS (10), BENCH_CONNECTIONS (10); BENCH_PROFILE=file.cpuprofile writes a CPU
 * profile of the server's process (this one) during the uncached load (open it in Chrome's DevTools) and prints where
 * its time went, by function's own time.
 */
import './production-env';
import 'reflect-metadata';
import os from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type autocannon from 'autocannon';
import { DEMO_PASSWORD } from '@thidua/api';
import { readConfig } from '@thidua/api';
import { demoWithLevel, openBenchDatabase } from './bench-database';
import { profiled } from './cpu-profile';
import { startBenchServer } from './bench-server';

const run = promisify(execFile);
const UNITS = Number(process.env.BENCH_UNITS ?? 130);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROWS = `rows { rank score movement unit { code name }
  indicators { numerator denominator rate target met achievement shortfall projectedRate onTrack } reports { due onTime late missing } }`;

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { dataSource, embedded } = database;
  const campaignId = await demoWithLevel(database, 'bench', UNITS);
  const servers = await Promise.all(
    [readConfig({}, '/').rankingCacheSeconds, 0].map(async (rankingCacheSeconds) => {
      const { server, url } = await startBenchServer(dataSource, { rankingCacheSeconds });
      return { server, url };
    }),
  );
  const [{ url }, { url: uncachedUrl }] = servers;
  const login = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(input: {email: "xem@camau.demo", password: "${DEMO_PASSWORD}"}) { token } }`,
    }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  // autocannon runs in a process of its own, as a load generator should: in the server's process it would read
  // the answers on the server's event loop (≈ 60 MB/s of ranking JSON), which weighs on large answers only.
  const load = async (query: string, variables: Record<string, unknown> = {}, to = url): Promise<autocannon.Result> => {
    const args = [
      require.resolve('autocannon/autocannon.js'),
      '-j',
      '-c',
      String(CONNECTIONS),
      '-d',
      String(SECONDS),
      '-m',
      'POST',
    ];
    args.push(
      '-H',
      'content-type=application/json',
      '-H',
      `authorization=Bearer ${token}`,
      '-b',
      JSON.stringify({ query, variables }),
      to,
    );
    const { stdout } = await run(process.execPath, args);
    const result = JSON.parse(stdout) as autocannon.Result;
    if (result.non2xx || result.errors)
      throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
    return result;
  };
  const trivial = `{ levels { key } }`;
  const ranking = `query($c: ID!) { ranking(campaignId: $c, levelKey: "bench", asOfPeriod: 11) { cohortSize ${ROWS} } }`;
  await load(trivial); // warm-up: JIT, pools, caches alike for both
  const trivialResult = await load(trivial);
  const rankingResult = await load(ranking, { c: campaignId });
  const uncachedLoad = () => load(ranking, { c: campaignId }, uncachedUrl);
  const uncachedResult = process.env.BENCH_PROFILE
    ? await profiled(process.env.BENCH_PROFILE, uncachedLoad)
    : await uncachedLoad();
  for (const { server } of servers) await server.stop();
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
  const rows = [
    ['trivial `{ levels { key } }`', trivialResult],
    [
      `ranking, ${UNITS} units, every figure (answers kept ${readConfig({}, '/').rankingCacheSeconds} s, as served; one query repeated: cache hits)`,
      rankingResult,
    ],
    [`ranking, ${UNITS} units, every figure, RANKING_CACHE_SECONDS=0 (read and ranked every time)`, uncachedResult],
  ] as const;
  for (const [name, result] of rows) {
    console.log(
      `| ${name} | ${perSecond(result.requests.average)} | ${ms(result.latency.p50)} | ${ms(result.latency.p99)} | ${perSecond(result.throughput.average)} |`,
    );
  }
  console.log(
    `ranking ÷ trivial: ${(share * 100).toFixed(0)} % (aim ≥ 50 %); uncached: ${((uncachedResult.requests.average / trivialResult.requests.average) * 100).toFixed(0)} %`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
