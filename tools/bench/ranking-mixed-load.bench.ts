/**
 * API throughput under a mixed load of ranking requests, with and without the answer cache: what the 2-second answer
 * cache (RankingResponseCache) is worth when the requests are not all the same one.
 *
 * Data: the Cà Mau demo with its eleven weeks of reports (levels province 19, district 9, commune 101 units) and a
 * level `bench` of BENCH_UNITS units (fillLevel), with targets in both of the demo's target sets (`campaign`, the
 * primary one, and `plan-2023`). Users: the four demo users (admin, board, reporter, viewer), each signed in.
 * The mix: each request is, with probability BENCH_REPEAT_SHARE, the same "hot" query (the viewer's ranking of
 * `bench` at period 11, every row: a board everyone opens), else one drawn uniformly from every combination of
 * user × level × asOfPeriod 1..11 × target set × rows shape (every row, or `rowsConnection(first: 20)`): a few
 * hundred distinct queries, so a few of those repeat within 2 s by chance too.
 * Measured, each by autocannon in a process of its own (mixed-load-worker.mjs) with BENCH_CONNECTIONS connections
 * for BENCH_SECONDS, against servers on the same database:
 * - the trivial query `{ levels { key } }` (reference);
 * - the single hot query with RANKING_CACHE_SECONDS=0 (every request read and ranked): its share of the trivial
 *   query's throughput is the aim (≥ 40 %);
 * - the mix, as served (answers kept RANKING_CACHE_SECONDS, the default) and uncached (0);
 * - cold: the mix with no repeated query at all (every request's variables carry a number of their own, part of the
 *   cache's key), on the default server: the cache's bookkeeping without its benefit.
 *
 * Run: npm run bench:mixed                                       (embedded PGlite, in memory)
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_b npm run bench:mixed   (its public schema is dropped)
 * Options: BENCH_UNITS (130), BENCH_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_REPEAT_SHARE (0.3).
 */
import './production-env';
import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { DEMO_PASSWORD, loadDemo } from '@thidua/api';
import { readConfig } from '@thidua/api';
import { addLevelTargets, fillLevel, openBenchDatabase } from './bench-database';
import { startBenchServer } from './bench-server';

const run = promisify(execFile);
const UNITS = Number(process.env.BENCH_UNITS ?? 130);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const REPEAT_SHARE = Number(process.env.BENCH_REPEAT_SHARE ?? 0.3);
const USERS = ['admin@camau.demo', 'hoidong@camau.demo', 'baocao@camau.demo', 'xem@camau.demo'];
const LEVELS = ['province', 'district', 'commune', 'bench'];
const TARGET_SETS = ['campaign', 'plan-2023'];
const PERIODS = Array.from({ length: 11 }, (_, i) => i + 1);
const ROW = `rank score movement unit { code name }
  indicators { numerator denominator rate target met achievement shortfall projectedRate onTrack }
  reports { due onTime late missing }`;
const SHAPES = {
  'every row': `rows { ${ROW} }`,
  'rowsConnection(first: 20)': `rowsConnection(first: 20) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${ROW} } } }`,
};
const rankingQuery = (rows: string) =>
  `query($c: ID!, $l: String!, $p: Int, $s: String) {
     ranking(campaignId: $c, levelKey: $l, asOfPeriod: $p, targetSetKey: $s) { cohortSize ${rows} } }`;

interface Request {
  body: string;
  token: string;
}

interface LoadResult {
  requestsPerSecond: number;
  total: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  graphqlErrors: number;
  firstError: string | null;
  sent: number;
  hotSent: number;
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { dataSource, embedded } = database;
  await database.reset();
  await loadDemo(dataSource, 'full');
  const campaignId = (await dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id as string;
  await fillLevel(dataSource, campaignId, 'bench', UNITS);
  for (const key of TARGET_SETS.slice(1)) await addLevelTargets(dataSource, campaignId, 'bench', key);
  const sets = (await dataSource.query('SELECT key FROM target_sets WHERE campaign_id = $1', [campaignId])) as {
    key: string;
  }[];
  if (TARGET_SETS.some((key) => !sets.some((set) => set.key === key)))
    throw new Error(`the demo's target sets are ${sets.map((set) => set.key).join(', ')}`);
  await dataSource.query('VACUUM ANALYZE'); // as autovacuum leaves tables at rest (see demoWithLevel)
  const defaultSeconds = readConfig({}, '/').rankingCacheSeconds;
  const servers = await Promise.all(
    [defaultSeconds, 0].map(async (rankingCacheSeconds) => {
      const { server, url } = await startBenchServer(dataSource, { rankingCacheSeconds });
      return { server, url };
    }),
  );
  const [{ url: cachedUrl }, { url: uncachedUrl }] = servers;
  const post = async (body: string, token?: string) => {
    const response = await fetch(cachedUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
    return (await response.json()) as { data?: Record<string, never>; errors?: unknown[] };
  };
  const tokens = new Map<string, string>();
  for (const email of USERS) {
    const answer = await post(
      JSON.stringify({
        query: `mutation { login(input: {email: "${email}", password: "${DEMO_PASSWORD}"}) { token } }`,
      }),
    );
    if (answer.errors) throw new Error(`${email} cannot sign in: ${JSON.stringify(answer.errors)}`);
    tokens.set(email, (answer.data as unknown as { login: { token: string } }).login.token);
  }

  const bodyOf = (level: string, asOfPeriod: number, targetSetKey: string, rows: string) =>
    JSON.stringify({
      query: rankingQuery(rows),
      variables: { c: campaignId, l: level, p: asOfPeriod, s: targetSetKey },
    });
  const pool: Request[] = [];
  for (const email of USERS)
    for (const level of LEVELS)
      for (const period of PERIODS)
        for (const set of TARGET_SETS)
          for (const rows of Object.values(SHAPES))
            pool.push({ body: bodyOf(level, period, set, rows), token: tokens.get(email) as string });
  const hot: Request = {
    body: bodyOf('bench', 11, 'campaign', SHAPES['every row']),
    token: tokens.get('xem@camau.demo') as string,
  };
  // Every user, level, set and shape answers without errors (at period 11; the worker counts errors under load).
  for (const email of USERS)
    for (const level of LEVELS)
      for (const set of TARGET_SETS)
        for (const rows of Object.values(SHAPES)) {
          const answer = await post(bodyOf(level, 11, set, rows), tokens.get(email));
          if (answer.errors) throw new Error(`${email}, ${level}, ${set}: ${JSON.stringify(answer.errors)}`);
        }
  const trivial: Request = { body: JSON.stringify({ query: '{ levels { key } }' }), token: hot.token };

  const directory = await mkdtemp(path.join(os.tmpdir(), 'thidua-mixed-'));
  let seed = 1;
  const load = async (
    url: string,
    plan: { hot: Request | null; repeatShare: number; pool: Request[]; nonce?: boolean },
    seconds = SECONDS,
  ): Promise<LoadResult> => {
    const file = path.join(directory, `plan-${seed}.json`);
    await writeFile(
      file,
      JSON.stringify({ url, connections: CONNECTIONS, seconds, seed: seed++, nonce: false, ...plan }),
    );
    const { stdout } = await run(process.execPath, [path.join(__dirname, 'mixed-load-worker.mjs'), file], {
      maxBuffer: 1 << 20,
    });
    const result = JSON.parse(stdout) as LoadResult;
    if (result.non2xx || result.errors || result.graphqlErrors)
      throw new Error(
        `${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.graphqlErrors} GraphQL errors ` +
          `under load: ${result.firstError}`,
      );
    return result;
  };
  const mix = { hot, repeatShare: REPEAT_SHARE, pool };
  const loadBefore = loadAverage();
  // Warm-up: JIT, pools, the compiled ranking documents, alike for all.
  await load(cachedUrl, { hot: null, repeatShare: 0, pool: [trivial] }, 2);
  await load(uncachedUrl, mix, 2);
  const results: [string, LoadResult][] = [];
  results.push(['trivial `{ levels { key } }`', await load(cachedUrl, { hot: null, repeatShare: 0, pool: [trivial] })]);
  results.push([
    `one ranking, ${UNITS} units, every row, uncached (RANKING_CACHE_SECONDS=0)`,
    await load(uncachedUrl, { hot, repeatShare: 1, pool: [hot] }),
  ]);
  results.push([
    `mix, ${pct(REPEAT_SHARE)} repeated, as served (answers kept ${defaultSeconds} s)`,
    await load(cachedUrl, mix),
  ]);
  results.push([
    `mix, ${pct(REPEAT_SHARE)} repeated, uncached (RANKING_CACHE_SECONDS=0)`,
    await load(uncachedUrl, mix),
  ]);
  results.push([
    `cold: every request distinct, as served (answers kept ${defaultSeconds} s)`,
    await load(cachedUrl, { hot: null, repeatShare: 0, pool, nonce: true }),
  ]);
  const loadAfter = loadAverage();
  for (const { server } of servers) await server.stop();
  await database.close();
  await rm(directory, { recursive: true });

  const perSecond = (value: number) => Math.round(value).toLocaleString('vi-VN');
  const ms = (value: number) => value.toFixed(1).replace('.', ',');
  const trivialRate = results[0][1].requestsPerSecond;
  console.log(
    `ThiĐua mixed ranking load — ${embedded ? 'embedded PGlite (in memory)' : 'PostgreSQL server'}; ` +
      `${os.cpus().length} cores, ${os.cpus()[0]?.model}; Node ${process.version}, NODE_ENV=${process.env.NODE_ENV}; ` +
      `autocannon ${CONNECTIONS} connections × ${SECONDS} s each, after a warm-up; ` +
      `load average ${loadBefore} before, ${loadAfter} after`,
  );
  console.log(
    `Mix: ${pct(REPEAT_SHARE)} the hot query (viewer, level bench of ${UNITS} units, period 11, every row), ` +
      'the rest drawn from ' +
      `${pool.length} distinct queries (${USERS.length} users × ${LEVELS.length} levels × ` +
      `${PERIODS.length} periods × ` +
      `${TARGET_SETS.length} target sets × every row / rowsConnection(first: 20)).`,
  );
  console.log(
    '| load | requests/s (mean) | ÷ trivial | latency p50 (ms) | latency p99 (ms) | requests | of them hot |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [name, result] of results) {
    console.log(
      [
        '',
        name,
        perSecond(result.requestsPerSecond),
        pct(result.requestsPerSecond / trivialRate),
        ms(result.p50),
        ms(result.p99),
        result.total.toLocaleString('vi-VN'),
        pct(result.hotSent / Math.max(1, result.sent)),
        '',
      ]
        .join(' | ')
        .trim(),
    );
  }
  console.log(
    `Uncached ${UNITS}-unit ranking ÷ trivial: ${pct(results[1][1].requestsPerSecond / trivialRate)} (aim ≥ 40 %); ` +
      `mix as served ÷ uncached: ${ratio(results[2][1].requestsPerSecond / results[3][1].requestsPerSecond)}×`,
  );
}

const ratio = (value: number) => value.toFixed(2).replace('.', ',');
const pct = (share: number) => `${Math.round(share * 100)} %`;
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
