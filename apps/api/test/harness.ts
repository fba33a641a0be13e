import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { DataSource, Logger } from 'typeorm';
import pino from 'pino';
import { createDataSource, EMBEDDED_POOL_SIZE } from '../src/app/database/data-source';
import { DEMO_PASSWORD, type DemoContent } from '../src/app/demo/demo-seed';
import { createServer, type RunningServer } from '../src/app/server';
import type { RateBudgetSettings } from '../src/foundation/rate-limit/rate-budget';
import { loadDemoForTest } from './demo-snapshot';
import { startBackgroundWork, type BackgroundWork, type BackgroundWorkOptions } from '../src/app/background-work';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string }; path?: string[] }[];
}

export interface TestApp {
  dataSource: DataSource;
  url: string;
  /** POSTs one GraphQL operation, as the holder of `token` when given. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  loginAs(email: string, password?: string): Promise<string>;
  /** How many SQL statements the app has sent so far (to check that a request's count does not grow with the data). */
  queryCount(): number;
  /** The job queue, when started with `background`. */
  background: BackgroundWork | null;
  close(): Promise<void>;
}

/**
 * A server on a free port over a freshly migrated database with the Cà Mau demo's set-up (units, users, the
 * campaign, no reports); `demo: 'full'` adds its eleven weeks of reports and reviews, `demo: false` leaves it empty
 * (each loaded once per run, then copied: see demo-snapshot.ts).
 * Ranking and public scoreboard answers are not kept unless `rankingCacheSeconds` / `publicCacheMs` say so (tests
 * write with SQL behind the server's back); callers are given no rate budget unless `rateBudget` gives one.
 */
export async function startTestApp(
  options: {
    demo?: DemoContent | false;
    rankingCacheSeconds?: number;
    publicCacheMs?: number;
    rateBudget?: RateBudgetSettings | null;
    /** Relay committed changes to other processes through PostgreSQL (LISTEN/NOTIFY); not on the embedded one. */
    relayChanges?: boolean;
    /** Starts the job queue (and, with `work`, its workers and the outbox's dispatcher) with these settings. */
    background?: BackgroundWorkOptions;
  } = {},
): Promise<TestApp> {
  const url = process.env.THIDUA_TEST_DB_URL;
  if (!url) throw new Error('THIDUA_TEST_DB_URL is not set: run through the api-int jest project');
  let queries = 0;
  const counter: Logger = {
    logQuery: () => void queries++,
    logQueryError: () => {},
    logQuerySlow: () => {},
    logSchemaBuild: () => {},
    logMigration: () => {},
    log: () => {},
  };
  const dataSource = createDataSource(
    url,
    process.env.THIDUA_TEST_DB_EMBEDDED ? EMBEDDED_POOL_SIZE : undefined,
    counter,
  );
  await dataSource.initialize();
  await dataSource.query('DROP SCHEMA IF EXISTS public CASCADE');
  await dataSource.query('CREATE SCHEMA public');
  // The job queue's schema, which pg-boss makes itself: jobs of an earlier suite must not run in this one.
  await dataSource.query('DROP SCHEMA IF EXISTS pgboss CASCADE');
  await dataSource.runMigrations({ transaction: 'each' });
  if (options.demo !== false) await loadDemoForTest(dataSource, options.demo ?? 'setup');
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const background: BackgroundWork | null = options.background
    ? await startBackgroundWork(dataSource, options.background, log)
    : null;
  const server: RunningServer = await createServer({
    dataSource,
    sessionSecret: 'test-secret-'.padEnd(48, 'x'),
    log,
    webDir: null,
    rankingCacheSeconds: options.rankingCacheSeconds,
    publicCacheMs: options.publicCacheMs ?? 0,
    rateBudget: options.rateBudget ?? null,
    relayChanges: options.relayChanges ?? false,
    webhooks: options.background
      ? { settings: options.background.webhooks, jobs: background?.jobs ?? null }
      : undefined,
  });
  // A test may keep the event loop busy for seconds between two requests (a property test run in process): with
  // Node's 5-second keep-alive, the server and fetch's client (which gives up a second earlier) then both find their
  // idle timers expired at once, and a request sent on the socket the server is closing fails with ECONNRESET (seen
  // in CI). Idle connections are kept far longer than any test pauses; production keeps Node's default.
  server.httpServer.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
    return { status: response.status, ...body } as GraphQLResponse<never>;
  };

  return {
    dataSource,
    url: base,
    gql,
    queryCount: () => queries,
    background,
    async loginAs(email, password = DEMO_PASSWORD) {
      const result = await gql(`mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`, {
        input: { email, password },
      });
      const token = result.data?.login?.token;
      if (!token) throw new Error(`login as ${email} failed: ${JSON.stringify(result)}`);
      return token;
    },
    async close() {
      await server.stop(); // drains and closes the HTTP server
      await background?.stop();
      await dataSource.destroy();
    },
  };
}
