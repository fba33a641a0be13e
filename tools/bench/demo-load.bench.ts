/**
 * How long loading the whole Cà Mau demo takes (the set-up, 11 weeks of reports, two reviews; issue: under 10 s on
 * either database), from migrated-and-empty to loaded, median of several runs.
 *
 * Run: npm run bench:demo                                                        (embedded PGlite, in memory)
 *      DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_demo npm run bench:demo   (a real server; its public
 * schema is dropped)
 */
import 'reflect-metadata';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { loadDemoActivity } from '@thidua/api';
import { loadDemo } from '@thidua/api';
import { openBenchDatabase } from './bench-database';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { dataSource, embedded } = database;
  const timings: { setup: number; full: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    await database.reset();
    // loadDemo(…, 'full') is exactly these two steps, timed apart.
    const started = performance.now();
    await loadDemo(dataSource, 'setup');
    const setupDone = performance.now();
    await loadDemoActivity(dataSource);
    timings.push({ setup: setupDone - started, full: performance.now() - started });
  }
  const [{ reports }] = await dataSource.query('SELECT count(*)::int AS reports FROM reports');
  await database.close();
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ms = (value: number) => `${Math.round(value).toLocaleString('vi-VN')} ms`;
  console.log(
    `Demo load — ${embedded ? 'embedded PGlite' : 'PostgreSQL'} — ${os.cpus().length} cores, ${RUNS} runs, ${reports} reports`,
  );
  console.log(`  set-up (levels, units, users, campaign):  median ${ms(median(timings.map((t) => t.setup)))}`);
  console.log(
    `  whole demo (with reports and reviews):    median ${ms(median(timings.map((t) => t.full)))}   (aim < 10.000 ms)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
