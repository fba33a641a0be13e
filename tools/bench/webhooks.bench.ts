/**
 * How fast the outbox reaches another app: `npm run bench:webhooks` (embedded PGlite in memory) or
 * `DATABASE_URL=postgres://…/bench_webhooks npm run bench:webhooks` (its public schema is dropped: never a database
 * you keep). BENCH_EVENTS (default 2000) events are written in one transaction, then one worker (as the server runs
 * it: a 0,5 s poll, 10 jobs at a time) dispatches and delivers them, signed, to a receiver on 127.0.0.1 that answers
 * 204. The floor sends the same signed bodies to the same receiver with the same concurrency (10), without the
 * database: what the delivery itself costs. Prints events per second of both, medians of BENCH_RUNS (default 5).
 */
import './production-env';
import 'reflect-metadata';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import { DEFAULT_WEBHOOK_SETTINGS, recordEvents, startBackgroundWork } from '@thidua/api';
import { openBenchDatabase } from './bench-database';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 2000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CONCURRENCY = 10;

async function main(): Promise<void> {
  let received = 0;
  let wake: (() => void) | null = null;
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received++;
      res.writeHead(204).end();
      if (received >= EVENTS) wake?.();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const allReceived = () => new Promise<void>((resolve) => (received >= EVENTS ? resolve() : (wake = resolve)));

  const database = await openBenchDatabase();
  const { dataSource } = database;
  const settings = { ...DEFAULT_WEBHOOK_SETTINGS, addresses: { allowedHosts: ['127.0.0.1'] } };
  const outbox: number[] = [];
  const floor: number[] = [];
  const body = JSON.stringify({
    id: crypto.randomUUID(),
    type: 'report.submitted',
    data: { period: 1, values: [1, 2, 3] },
  });
  for (let run = 0; run < RUNS; run++) {
    await database.reset();
    await dataSource.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
    await dataSource.query(
      `INSERT INTO webhook_endpoints (url, event_types, secret) VALUES ($1, '{report.submitted}', $2)`,
      [url, 'whsec_' + crypto.randomBytes(32).toString('base64')],
    );
    const events = Array.from({ length: EVENTS }, (_, i) => ({
      type: 'report.submitted' as const,
      data: { period: 1, unit: i, values: [1, 2, 3] },
    }));
    await dataSource.transaction((manager) => recordEvents(manager, events));
    received = 0;
    const started = performance.now();
    const worker = await startBackgroundWork(
      dataSource,
      { work: true, webhooks: settings, clock: false, pollingIntervalSeconds: 0.5 },
      pino({ level: 'silent' }),
    );
    await allReceived();
    outbox.push(EVENTS / ((performance.now() - started) / 1000));
    await worker.stop();

    received = 0;
    const floorStarted = performance.now();
    let next = 0;
    const agent = new http.Agent({ keepAlive: false });
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < EVENTS) {
          next++;
          const signature = crypto.createHmac('sha256', 'k').update(body).digest('base64');
          await new Promise<void>((resolve, reject) => {
            const request = http.request(url, {
              method: 'POST',
              agent,
              headers: { 'content-type': 'application/json', 'webhook-signature': `v1,${signature}` },
            });
            request.on('response', (response) => {
              response.resume();
              resolve();
            });
            request.on('error', reject);
            request.end(body);
          });
        }
      }),
    );
    floor.push(EVENTS / ((performance.now() - floorStarted) / 1000));
    process.stdout.write(
      `run ${run + 1}: outbox → receiver ${outbox[run].toFixed(0)} events/s, floor ${floor[run].toFixed(0)} events/s\n`,
    );
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  process.stdout.write(
    `\n${database.embedded ? 'embedded PGlite' : 'PostgreSQL'}, ${EVENTS} events, median of ${RUNS}: ` +
      `outbox → receiver ${median(outbox).toFixed(0)} events/s (dispatch, jobs, signing, one POST each, the log), ` +
      `floor ${median(floor).toFixed(0)} events/s (the same POSTs alone, ${CONCURRENCY} at a time)\n`,
  );
  await database.close();
  receiver.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
