/**
 * How long a report takes to reach its subscribers: `npm run bench:live` (embedded PGlite in memory, one server) or
 * `DATABASE_URL=postgres://…/bench_live npm run bench:live` (its public schema is dropped: never a database you keep;
 * two servers on their own pools, the subscribers on the second, the submissions through the first — the path
 * through PostgreSQL's NOTIFY). BENCH_SUBSCRIBERS (default 200) WebSocket connections each follow
 * `reportStatusChanged`; BENCH_RUNS (default 30) reports are submitted one after the other. Prints, per run, the time
 * from sending `submitReport` to its answer, and to the first and the last subscriber's event. Asserts nothing.
 */
import './production-env';
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import pino from 'pino';
import { WebSocket } from 'ws';
import { createDataSource, createServer, DEMO_PASSWORD, loadDemo } from '@thidua/api';
import { openBenchDatabase } from './bench-database';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 200);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { outcome } }`;
const FOLLOW = `subscription($c: ID!) { reportStatusChanged(campaignId: $c) { period unitId changedAt } }`;

async function main(): Promise<void> {
  const database = await openBenchDatabase();
  const { dataSource, embedded } = database;
  await database.reset();
  await loadDemo(dataSource, 'setup');
  const campaignId = (await dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id as string;
  const units: { id: string }[] = await dataSource.query(
    `SELECT u.id FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = 'district' ORDER BY u.code`,
  );

  const log = pino({ level: 'silent' });
  const secret = 'bench-secret-'.padEnd(48, 'x');
  const writer = await createServer({ dataSource, sessionSecret: secret, log, webDir: null, relayChanges: !embedded });
  // On PostgreSQL the subscribers are another process's: its own pool and server, as main.ts would run it.
  const otherSource = embedded ? null : createDataSource(process.env.DATABASE_URL as string);
  await otherSource?.initialize();
  const reader = otherSource
    ? await createServer({ dataSource: otherSource, sessionSecret: secret, log, webDir: null, relayChanges: true })
    : writer;
  const listen = async (server: typeof writer) => {
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    return `127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  };
  const writerHost = await listen(writer);
  const readerHost = reader === writer ? writerHost : await listen(reader);

  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await fetch(`http://${writerHost}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, { token?: string }>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data ?? {};
  };
  const admin = (
    await gql(`mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, {
      e: 'admin@camau.demo',
      p: DEMO_PASSWORD,
    })
  ).login.token as string;

  // Each subscriber on its own connection; `arrivals[i]` is when subscriber i got the run's event.
  let arrivals: number[] = [];
  let received = 0;
  let wake: (() => void) | null = null;
  const clients: Client[] = [];
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const client = createClient({
      url: `ws://${readerHost}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${admin}` },
    });
    clients.push(client);
    client.subscribe(
      { query: FOLLOW, variables: { c: campaignId } },
      {
        next: () => {
          if (arrivals[i] === undefined) {
            arrivals[i] = performance.now();
            received += 1;
            if (received === SUBSCRIBERS) wake?.();
          }
        },
        error: (error) => console.error('subscriber failed', error),
        complete: () => undefined,
      },
    );
  }
  let submission = 0;
  const submit = async () => {
    submission += 1;
    const unit = units[submission % units.length].id;
    const values = [
      { indicatorCode: 'ONLINE_RESOLUTION', numerator: submission % 100, denominator: 100 },
      { indicatorCode: 'DIGITIZATION', numerator: 40, denominator: 100 },
      { indicatorCode: 'ONLINE_PAYMENT', numerator: 1, denominator: 10 },
    ];
    const period = 1 + (Math.floor(submission / units.length) % 11);
    await gql(SUBMIT, { input: { campaignId, unitId: unit, period, values } }, admin);
  };
  /** Runs one submission and waits (at most 10 s) for every subscriber's event. */
  const run = async () => {
    arrivals = [];
    received = 0;
    const everyone = new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, 10_000).unref();
    });
    const started = performance.now();
    await submit();
    const answered = performance.now();
    await everyone;
    const got = arrivals.filter((at) => at !== undefined);
    return {
      answered: answered - started,
      first: Math.min(...got) - started,
      last: Math.max(...got) - started,
      missing: SUBSCRIBERS - got.length,
    };
  };

  // Until every subscription is in place: a warm-up submission reaches all of them.
  for (let attempt = 0; attempt < 50 && (await run()).missing > 0; attempt++);

  const results = [];
  for (let i = 0; i < RUNS; i++) results.push(await run());
  const stats = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
    return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`;
  };
  console.log(
    `live updates: ${SUBSCRIBERS} subscribers on ${embedded ? 'the same server (embedded PGlite)' : 'a second server (PostgreSQL NOTIFY)'}` +
      `, ${RUNS} submissions one after another`,
  );
  console.log(`  submitReport answered:        ${stats(results.map((r) => r.answered))}`);
  console.log(`  first subscriber's event:     ${stats(results.map((r) => r.first))}`);
  console.log(`  last subscriber's event:      ${stats(results.map((r) => r.last))}`);
  console.log(`  events missing after 10 s:    ${results.reduce((sum, r) => sum + r.missing, 0)}`);

  await Promise.all(clients.map((client) => client.dispose()));
  if (reader !== writer) await reader.stop();
  await writer.stop();
  await otherSource?.destroy();
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
