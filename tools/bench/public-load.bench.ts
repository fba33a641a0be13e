/**
 * The public scoreboard under a crowd: anonymous requests per second for the demo's published scoreboard (its three
 * levels, the commune table's 101 rows with their rates) against a static file of the very same bytes served by the
 * same server (express.static, as the web app's files), each driven by autocannon with the same connections for the
 * same time. Aim: ≥ 50 % of the static file. Measured as served (answers kept, cleared by writes) and cold
 * (`publicCacheMs: 0`: every request reads and ranks again).
 * Then a few hundred anonymous clients load the public page while signed-in users ask for the commune ranking with
 * RANKING_CACHE_SECONDS=0 (each request read and ranked): the p99 of that ranking, alone and during the public load.
 *
 * Run: npm run bench:public                                          (embedded PGlite, in memory)
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_public npm run bench:public   (its public schema is
 * dropped)
 * Options: BENCH_SECONDS (10), BENCH_CONNECTIONS (50), BENCH_CROWD (300).
 */
import './production-env';
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type autocannon from 'autocannon';
import { DEMO_PASSWORD, loadDemo } from '@thidua/api';
import { openBenchDatabase } from './bench-database';
import { startBenchServer } from './bench-server';

const run = promisify(execFile);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const CROWD = Number(process.env.BENCH_CROWD ?? 300);
const SLUG = 'chien-dich-69-ngay-dem-2023';

interface Load {
  url: string;
  connections: number;
  seconds?: number;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

/** autocannon in a process of its own, as a load generator should be. */
async function load({ url, connections, seconds = SECONDS, method = 'GET', headers = {}, body }: Load) {
  const args = [require.resolve('autocannon/autocannon.js'), '-j', '-c', String(connections), '-d', String(seconds)];
  args.push('-m', method);
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}=${value}`);
  if (body) args.push('-b', body);
  args.push(url);
  const { stdout } = await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as autocannon.Result;
  if (result.non2xx || result.errors)
    throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors under load (${url})`);
  return result;
}

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { dataSource, embedded } = database;
  await database.reset();
  await loadDemo(dataSource, 'full');
  await dataSource.query('ANALYZE');
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-bench-public-'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>ThiĐua</title>');
  const servers = await Promise.all(
    [undefined, 0].map(async (publicCacheMs) => {
      const { server, base } = await startBenchServer(dataSource, { webDir, rankingCacheSeconds: 0, publicCacheMs });
      return { server, base };
    }),
  );
  const [{ base }, { base: coldBase }] = servers;
  const publicPath = `/public/scoreboards/${SLUG}`;
  const answer = Buffer.from(
    await (await fetch(`${base}${publicPath}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer(),
  );
  fs.writeFileSync(path.join(webDir, 'scoreboard.json'), answer); // the floor: the same bytes, from a file
  const scoreboard = JSON.parse(answer.toString()) as { levels: { key: string; rows: unknown[] }[] };
  const login = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation { login(input: {email: "hoidong@camau.demo", password: "${DEMO_PASSWORD}"}) { token } }`,
    }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  const campaignId = (await dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id as string;
  const signedIn: Load = {
    url: `${base}/graphql`,
    connections: 2,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `query($c: ID!) { ranking(campaignId: $c, levelKey: "commune") { cohortSize rows { rank score movement
        unit { name } class { name } indicators { rate target met } } } }`,
      variables: { c: campaignId },
    }),
  };

  await load({ url: `${base}/scoreboard.json`, connections: CONNECTIONS, seconds: 3 }); // warm-up
  await load({ url: `${base}${publicPath}`, connections: CONNECTIONS, seconds: 3 });
  const staticFile = await load({ url: `${base}/scoreboard.json`, connections: CONNECTIONS });
  const kept = await load({ url: `${base}${publicPath}`, connections: CONNECTIONS });
  const cold = await load({ url: `${coldBase}${publicPath}`, connections: CONNECTIONS });
  const alone = await load(signedIn);
  const [crowd, during] = await Promise.all([
    load({ url: `${base}${publicPath}`, connections: CROWD, seconds: SECONDS + 2 }),
    new Promise<autocannon.Result>((resolve, reject) => setTimeout(() => load(signedIn).then(resolve, reject), 1000)),
  ]);
  for (const { server } of servers) await server.stop();
  await database.close();
  fs.rmSync(webDir, { recursive: true, force: true });

  const perSecond = (value: number) => Math.round(value).toLocaleString('vi-VN');
  const ms = (value: number) => value.toFixed(1).replace('.', ',');
  const percent = (value: number) => `${(value * 100).toFixed(0)} %`;
  const rows = scoreboard.levels.map((level) => `${level.key} ${level.rows.length}`).join(', ');
  console.log(
    `ThiĐua public scoreboard — ${embedded ? 'embedded PGlite (in memory)' : 'PostgreSQL server'}; ${os.cpus().length} cores, ` +
      `${os.cpus()[0]?.model}; Node ${process.version}, NODE_ENV=${process.env.NODE_ENV}; the demo's scoreboard ` +
      `(${rows} rows, with rates; ${perSecond(answer.length)} bytes, sent uncompressed to autocannon); ` +
      `autocannon ${CONNECTIONS} connections × ${SECONDS} s each, after a warm-up`,
  );
  console.log('| what | requests/s (mean) | latency p50 (ms) | latency p99 (ms) | share of the static file |');
  console.log('|---|---:|---:|---:|---:|');
  const share = (result: autocannon.Result) => percent(result.requests.average / staticFile.requests.average);
  for (const [name, result] of [
    ['static file, the same bytes (express.static)', staticFile],
    ['public scoreboard, as served (answer kept, cleared by writes)', kept],
    ['public scoreboard, cold (publicCacheMs 0: read and ranked every request)', cold],
  ] as const) {
    console.log(
      `| ${name} | ${perSecond(result.requests.average)} | ${ms(result.latency.p50)} | ${ms(result.latency.p99)} | ${share(result)} |`,
    );
  }
  console.log('');
  console.log(
    `Signed-in commune ranking (board member, RANKING_CACHE_SECONDS=0, 2 connections), alone and while ${CROWD} ` +
      `anonymous connections load the public scoreboard:`,
  );
  console.log('| signed-in ranking | requests/s | latency p50 (ms) | latency p99 (ms) | public requests/s meanwhile |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(
    `| alone | ${perSecond(alone.requests.average)} | ${ms(alone.latency.p50)} | ${ms(alone.latency.p99)} | — |`,
  );
  console.log(
    `| during the public load | ${perSecond(during.requests.average)} | ${ms(during.latency.p50)} | ${ms(during.latency.p99)} | ${perSecond(crowd.requests.average)} |`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
