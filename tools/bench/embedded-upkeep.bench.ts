/**
 * What the embedded database's upkeep (TableUpkeep: PGlite runs no autovacuum) changes for a ranking: the demo with
 * one more level of BENCH_UNITS units filled, then the ranking of that level over HTTP — its first 50 rows, and every
 * row — as the embedded database was left before the upkeep (never analyzed nor vacuumed), then the upkeep's round
 * (timed: what one round holds the database for after a large write), then the same requests again. Medians of
 * BENCH_RUNS in turns, uncached (the bench's server keeps no answers).
 *
 * Run: npm run bench:embedded-upkeep   (embedded PGlite in memory, as `npm start` without DATA_DIR's disk)
 * Options: BENCH_UNITS (10600), BENCH_RUNS (9).
 */
import './production-env';
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { DEMO_PASSWORD, loadDemo, TableUpkeep } from '@thidua/api';
import { fillLevel, openBenchDatabase } from './bench-database';
import { startBenchServer } from './bench-server';
import { medians } from './medians';

const UNITS = Number(process.env.BENCH_UNITS ?? 10_600);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const ROW_FIELDS = `rank score movement unit { code name }
  indicators { numerator denominator rate target met achievement shortfall projectedRate onTrack }
  reports { due onTime late missing }`;

async function main(): Promise<void> {
  if (process.env.DATABASE_URL) throw new Error('this bench measures the embedded database: unset DATABASE_URL');
  const database = await openBenchDatabase();
  const { dataSource } = database;
  await database.reset();
  await loadDemo(dataSource);
  const campaignId = (await dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id as string;
  await fillLevel(dataSource, campaignId, 'bench', UNITS);
  const { server, url } = await startBenchServer(dataSource);
  const post = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = Buffer.from(await response.arrayBuffer());
    if (!body.subarray(0, 8).equals(Buffer.from('{"data":'))) throw new Error(body.toString().slice(0, 500));
    return body;
  };
  const login = `mutation { login(input: {email: "xem@camau.demo", password: "${DEMO_PASSWORD}"}) { token } }`;
  const token = JSON.parse((await post(login, {})).toString()).data.login.token as string;
  const ranking = (rows: string) => () =>
    post(
      `query($c: ID!) { ranking(campaignId: $c, levelKey: "bench", asOfPeriod: 11) { cohortSize ${rows} } }`,
      { c: campaignId },
      token,
    );
  const requests = [ranking(`rowsConnection(first: 50) { edges { node { ${ROW_FIELDS} } } }`), ranking('')];
  const before = await medians(requests, RUNS);

  const upkeep = new TableUpkeep(dataSource, pino({ level: 'silent' }));
  const started = performance.now();
  const kept = await upkeep.upkeepDue();
  const roundMs = performance.now() - started;
  const after = await medians(requests, RUNS);
  await server.stop();
  await database.close();

  const ms = (value: number) => value.toFixed(1).replace('.', ',');
  console.log(
    `ThiĐua embedded database upkeep — PGlite in memory; ${UNITS.toLocaleString('vi-VN')} units × 11 periods; ` +
      `${os.cpus().length} cores, ${os.cpus()[0]?.model}; Node ${process.version}; medians of ${RUNS} in turns`,
  );
  console.log('| ranking | as left before (never analyzed nor vacuumed) (ms) | after one upkeep round (ms) |');
  console.log('|---|---:|---:|');
  console.log(`| first 50 rows | ${ms(before[0])} | ${ms(after[0])} |`);
  console.log(`| no rows (cohortSize: read and ranked, nothing sent) | ${ms(before[1])} | ${ms(after[1])} |`);
  console.log(
    `The round: ${ms(roundMs)} ms, ${kept.length} tables (${kept.filter((table) => table.vacuum).length} vacuumed, ` +
      `${kept.filter((table) => table.analyze).length} analyzed): ${kept.map((table) => table.name).join(', ')}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
