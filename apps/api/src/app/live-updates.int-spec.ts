import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import pino from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { WebSocket } from 'ws';
import { startTestApp, type TestApp } from '../../test/harness';
import { changesOf } from '../foundation/realtime/changes';
import { writeSubmissions } from '../modules/reports';
import { openDatabase } from './database/database';
import { createServer, type RunningServer } from './server';

const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { outcome userErrors { code } } }`;
const REPORT_STATUS_CHANGED = `subscription($c: ID!) {
  reportStatusChanged(campaignId: $c) { campaignId period unitId reportCount changedAt } }`;
const RANKING_CHANGED = `subscription($c: ID!) { rankingChanged(campaignId: $c) { campaignId fromPeriod changedAt } }`;
const RANKING = `query($c: ID!) { ranking(campaignId: $c, levelKey: "district", asOfPeriod: 5) { rows { unit { id } score } } }`;
const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`;

const values = (n: number) => [
  { indicatorCode: 'ONLINE_RESOLUTION', numerator: n, denominator: 100 },
  { indicatorCode: 'DIGITIZATION', numerator: 40, denominator: 100 },
  { indicatorCode: 'ONLINE_PAYMENT', numerator: 1, denominator: 10 },
];

type Result = ExecutionResult<Record<string, any>, unknown>;

/** One subscription over its own graphql-ws connection, collecting what it is sent. */
class Subscriber {
  readonly results: Result[] = [];
  readonly failures: unknown[] = [];
  completed = false;
  private readonly client: Client;
  private readonly waiting: (() => void)[] = [];

  constructor(
    baseUrl: string,
    token: string | undefined,
    query: string,
    variables: Record<string, unknown>,
    webSocketImpl: unknown = WebSocket,
  ) {
    this.client = createClient({
      url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
    });
    const wake = () => this.waiting.splice(0).forEach((resolve) => resolve());
    this.client.subscribe(
      { query, variables },
      {
        next: (result) => {
          this.results.push(result as Result);
          wake();
        },
        error: (error) => {
          this.failures.push(error);
          wake();
        },
        complete: () => {
          this.completed = true;
          wake();
        },
      },
    );
  }

  /** Waits for `count` results (or an end), at most `ms`. */
  async next(count = this.results.length + 1, ms = 5_000): Promise<Result[]> {
    const deadline = Date.now() + ms;
    while (this.results.length < count && !this.completed && this.failures.length === 0 && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
        this.waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.results;
  }

  close(): Promise<void> {
    return this.client.dispose() as Promise<void>;
  }
}

/** Waits until `dataSource`'s hub has more than `before` listeners: the subscription is in place. */
async function subscribed(dataSource: DataSource, before: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (changesOf(dataSource).listenerCount <= before) {
    if (Date.now() > deadline) throw new Error('the subscription was never set up');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('live updates: GraphQL subscriptions over WebSocket', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  /** The hub's listeners without any subscription (the server's caches, the relay). */
  let listening: number;
  const open: Subscriber[] = [];
  const unitId = async (code: string) =>
    (await app.dataSource.query('SELECT id FROM units WHERE code = $1', [code]))[0].id as string;
  const subscribe = async (query: string, token: string | undefined, url = app.url, dataSource = app.dataSource) => {
    const before = changesOf(dataSource).listenerCount;
    const subscriber = new Subscriber(url, token, query, { c: campaignId });
    open.push(subscriber);
    if (token) await subscribed(dataSource, before);
    return subscriber;
  };
  /** Writes one report as the services do, inside the caller's transaction. */
  const write = async (manager: EntityManager, unit: string, period: number) => {
    const indicators: { id: string; code: string }[] = await manager.query(
      `SELECT i.id, i.code FROM indicators i JOIN campaign_indicators ci ON ci.indicator_id = i.id
       WHERE ci.campaign_id = $1 ORDER BY ci.position`,
      [campaignId],
    );
    const values = indicators.map(({ id, code }) => ({
      indicatorId: id,
      indicatorCode: code,
      numerator: 1,
      denominator: 2,
    }));
    const batch = {
      campaignId,
      periodIndex: period,
      submittedAt: new Date(),
      backfilled: false,
      source: 'FORM' as const,
    };
    await writeSubmissions(manager, { ...batch, submissions: [{ unitId: unit, values }] }, null);
  };
  const tokenWith = async (scope: string) =>
    (await app.gql(CREATE_TOKEN, { input: { name: scope, scopes: [scope] } }, admin)).data?.createApiToken
      .token as string;

  beforeAll(async () => {
    app = await startTestApp({ relayChanges: !process.env.THIDUA_TEST_DB_EMBEDDED });
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
    listening = changesOf(app.dataSource).listenerCount;
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((subscriber) => subscriber.close()));
    // The server ends their subscriptions once it sees the sockets close.
    const deadline = Date.now() + 5_000;
    while (changesOf(app.dataSource).listenerCount > listening && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });
  afterAll(() => app.close());

  it('tells a subscriber of the campaign each submission once it has committed, and measures the delay', async () => {
    const reporter = await app.loginAs('baocao@camau.demo');
    const board = await subscribe(REPORT_STATUS_CHANGED, reporter);
    const ranking = await subscribe(RANKING_CHANGED, reporter);
    const unit = await unitId('970');
    const started = performance.now();
    const submitted = await app.gql(
      SUBMIT,
      { input: { campaignId, unitId: unit, period: 2, values: values(7) } },
      admin,
    );
    const answered = performance.now();
    expect(submitted.data?.submitReport.outcome).toBe('CREATED');
    const [event] = await board.next(1);
    const received = performance.now();
    expect(event).toEqual({
      data: {
        reportStatusChanged: { campaignId, period: 2, unitId: unit, reportCount: 1, changedAt: expect.any(String) },
      },
    });
    expect((await ranking.next(1))[0]).toEqual({
      data: { rankingChanged: { campaignId, fromPeriod: 2, changedAt: event.data?.reportStatusChanged.changedAt } },
    });
    console.log(
      `live updates (${process.env.THIDUA_TEST_DB_EMBEDDED ? 'embedded PGlite' : 'PostgreSQL'}, one process): ` +
        `submitReport answered in ${(answered - started).toFixed(1)} ms, the event arrived ` +
        `${(received - started).toFixed(1)} ms after the submission started`,
    );

    // The same figures again change nothing: no event. A second unit's report is one more.
    await app.gql(SUBMIT, { input: { campaignId, unitId: unit, period: 2, values: values(7) } }, admin);
    const other = await unitId('971');
    await app.gql(SUBMIT, { input: { campaignId, unitId: other, period: 2, values: values(8) } }, admin);
    const events = await board.next(2);
    expect(events.map((result) => result.data?.reportStatusChanged.unitId)).toEqual([unit, other]);
  });

  it('sends nothing for another campaign, a refused submission or a rolled-back write', async () => {
    const board = await subscribe(REPORT_STATUS_CHANGED, admin);
    const unit = await unitId('970');
    // Refused by the domain (numerator above denominator): nothing written.
    const refused = await app.gql(
      SUBMIT,
      {
        input: {
          campaignId,
          unitId: unit,
          period: 3,
          values: [{ ...values(1)[0], numerator: 101 }, ...values(1).slice(1)],
        },
      },
      admin,
    );
    expect(refused.data?.submitReport.outcome).toBe('REFUSED');
    // Written, then rolled back: nothing told.
    await expect(
      app.dataSource.transaction(async (manager) => {
        await write(manager, unit, 3);
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    expect(Number((await app.dataSource.query('SELECT count(*) AS n FROM reports WHERE period_index = 3'))[0].n)).toBe(
      0,
    );
    // A write of another campaign is not this subscription's.
    changesOf(app.dataSource).publish({
      kind: 'REPORTS',
      campaignId: '00000000-0000-4000-8000-000000000000',
      period: 3,
      unitId: unit,
      reports: 1,
      at: new Date().toISOString(),
    });
    // Then one that is: the first event the subscriber gets.
    await app.gql(SUBMIT, { input: { campaignId, unitId: unit, period: 3, values: values(3) } }, admin);
    const [event] = await board.next(1);
    expect(event.data?.reportStatusChanged).toMatchObject({ campaignId, period: 3, unitId: unit });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(board.results).toHaveLength(1);
  });

  it('tells what a committed transaction kept: not the reports of a savepoint rolled back inside it', async () => {
    const board = await subscribe(REPORT_STATUS_CHANGED, admin);
    const [kept, dropped] = [await unitId('970'), await unitId('971')];
    await app.dataSource.transaction(async (manager) => {
      await write(manager, kept, 6);
      await manager
        .transaction(async (inner) => {
          await write(inner, dropped, 6);
          throw new Error('savepoint rolled back on purpose');
        })
        .catch(() => undefined);
    });
    const [event] = await board.next(1);
    expect(event.data?.reportStatusChanged).toMatchObject({ period: 6, unitId: kept, reportCount: 1 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(board.results).toHaveLength(1);
  });

  it('refuses a caller without a token or without the scope with a GraphQL error, never data', async () => {
    const rankingsOnly = await tokenWith('read:rankings');
    const reportsOnly = await tokenWith('read:reports');
    const cases: [string, string | undefined, string][] = [
      [REPORT_STATUS_CHANGED, undefined, 'UNAUTHENTICATED'],
      [REPORT_STATUS_CHANGED, 'Bearer not-a-token', 'UNAUTHENTICATED'],
      [REPORT_STATUS_CHANGED, rankingsOnly, 'FORBIDDEN'],
      [RANKING_CHANGED, reportsOnly, 'FORBIDDEN'],
    ];
    for (const [query, token, code] of cases) {
      const subscriber = new Subscriber(app.url, token, query, { c: campaignId });
      open.push(subscriber);
      const results = await subscriber.next(1);
      const errors = results[0]?.errors ?? (subscriber.failures[0] as Result['errors']);
      expect({ data: results[0]?.data ?? null, code: errors?.[0]?.extensions?.code }).toEqual({ data: null, code });
    }
    // Allowed: the read:reports token may follow the board, the read:rankings one the ranking.
    const allowed = [
      await subscribe(REPORT_STATUS_CHANGED, reportsOnly),
      await subscribe(RANKING_CHANGED, rankingsOnly),
    ];
    await app.gql(SUBMIT, { input: { campaignId, unitId: await unitId('970'), period: 4, values: values(4) } }, admin);
    for (const subscriber of allowed) expect((await subscriber.next(1))[0].errors).toBeUndefined();
  });

  it("answers in the upgrade request's language (Accept-Language)", async () => {
    class VietnameseWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { 'accept-language': 'vi-VN,vi;q=0.9' } });
      }
    }
    const subscriber = new Subscriber(
      app.url,
      undefined,
      REPORT_STATUS_CHANGED,
      { c: campaignId },
      VietnameseWebSocket,
    );
    open.push(subscriber);
    const [result] = await subscriber.next(1);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Hãy đăng nhập trước: gửi `Authorization: Bearer <token>`.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('applies the query limits and refuses queries and mutations over WebSocket', async () => {
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: campaignId`).join(' ');
    const cases: [string, string][] = [
      [`subscription($c: ID!) { reportStatusChanged(campaignId: $c) { ${aliases} } }`, 'GRAPHQL_VALIDATION_FAILED'],
      ['query { me { id } }', 'BAD_REQUEST'],
      [`subscription($c: ID!) { reportStatusChanged(campaignId: $c) { nope } }`, 'GRAPHQL_VALIDATION_FAILED'],
    ];
    for (const [query, code] of cases) {
      const subscriber = new Subscriber(app.url, admin, query, { c: campaignId });
      open.push(subscriber);
      await subscriber.next(1);
      const errors = (subscriber.failures[0] as Result['errors']) ?? subscriber.results[0]?.errors;
      expect(errors?.[0]?.extensions?.code).toBe(code);
    }
  });

  it('closes the open connections when the server stops', async () => {
    const server = await createServer({
      dataSource: app.dataSource,
      sessionSecret: 'test-secret-'.padEnd(48, 'x'),
      log: pino({ level: 'silent' }),
      webDir: null,
    });
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
    const subscriber = await subscribe(REPORT_STATUS_CHANGED, admin, url);
    const started = performance.now();
    await server.stop();
    expect(performance.now() - started).toBeLessThan(5_000);
    await subscriber.next(1, 2_000);
    expect(subscriber.completed || subscriber.failures.length > 0).toBe(true);
  });

  const onPostgres = process.env.THIDUA_TEST_DB_EMBEDDED ? it.skip : it;
  onPostgres(
    'reaches the subscribers of another API process on the same database, and clears its rankings',
    async () => {
      // A second process: its database opened as main.ts opens it (openDatabase relays on PostgreSQL), its server.
      const url = process.env.THIDUA_TEST_DB_URL as string;
      const database = await openDatabase({ databaseUrl: url, dataDir: '' }, pino({ level: 'silent' }));
      const otherSource = database.dataSource;
      let other: RunningServer | null = null;
      try {
        other = await createServer({
          dataSource: otherSource,
          sessionSecret: 'test-secret-'.padEnd(48, 'x'),
          log: pino({ level: 'silent' }),
          webDir: null,
          rankingCacheSeconds: 600,
        });
        await new Promise<void>((resolve) => other?.httpServer.listen(0, '127.0.0.1', resolve));
        const otherUrl = `http://127.0.0.1:${(other.httpServer.address() as AddressInfo).port}`;
        const board = await subscribe(REPORT_STATUS_CHANGED, admin, otherUrl, otherSource);
        const unit = await unitId('970');
        // The other process keeps its ranking answers for ten minutes, unless a write clears them.
        const ranking = async () => {
          const response = await fetch(`${otherUrl}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
            body: JSON.stringify({ query: RANKING, variables: { c: campaignId } }),
          });
          const body = (await response.json()) as {
            data: { ranking: { rows: { unit: { id: string }; score: number }[] } };
          };
          return body.data.ranking.rows.find((row) => row.unit.id === unit)?.score;
        };
        const before = await ranking();
        const delays: number[] = [];
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          await app.gql(SUBMIT, { input: { campaignId, unitId: unit, period: 5, values: values(10 + i) } }, admin);
          await board.next(i + 1);
          delays.push(performance.now() - started);
        }
        expect(board.results).toHaveLength(5);
        expect(await ranking()).not.toBe(before);
        expect(board.results[0].data?.reportStatusChanged).toMatchObject({ campaignId, period: 5, unitId: unit });
        console.log(
          `live updates (PostgreSQL, across two processes' servers): submission to the other's subscriber ` +
            delays.map((ms) => `${ms.toFixed(1)} ms`).join(', '),
        );
      } finally {
        await other?.stop();
        await database.close();
      }
    },
  );
});
