import pino from 'pino';
import type { AddressInfo } from 'node:net';
import { startTestApp, type TestApp } from '../../../test/harness';
import { createServer, type RunningServer } from '../../app/server';

const CAPACITY = 60_000;
const CREATE_TOKEN = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`;
const RANKING = `query($c: ID!) { ranking(campaignId: $c, levelKey: "district") { cohortSize } }`;
const UNITS = (first: number) => `{ units(first: ${first}) { edges { node { id name } } } }`;

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[]; extensions?: Record<string, any> };
}

async function post(url: string, token: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: await response.json() } as Answer;
}

/** Spends a caller's budget with rankings until one is refused; returns that refusal. */
async function drain(url: string, token: string, campaignId: string): Promise<Answer> {
  for (let i = 0; i < 50; i++) {
    const answer = await post(url, token, RANKING, { c: campaignId });
    if (answer.status === 429) return answer;
  }
  throw new Error('never refused');
}

describe('rate budgets: a leaky bucket per user and per token, in the database', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  /** Tokens made before any test spends the admin's own budget, by name. */
  const tokens = new Map<string, string>();
  const token = async (name: string) => tokens.get(name) as string;

  beforeAll(async () => {
    // Refilled at a point a minute: within a test, a spent budget stays spent.
    app = await startTestApp({ rateBudget: { capacity: CAPACITY, perSecond: 1 / 60 } });
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
    for (const name of ['headers', 'exports', 'parallel 1', 'parallel 2', 'parallel 3', 'spent', 'fresh']) {
      const input = { name, scopes: ['read:rankings', 'read:units'] };
      tokens.set(name, (await app.gql(CREATE_TOKEN, { input }, admin)).data?.createApiToken.token);
    }
  });
  afterAll(() => app.close());

  it('tells every answer its cost and what is left, in extensions and RateLimit-* headers', async () => {
    const caller = await token('headers');
    const first = await post(app.url, caller, UNITS(10));
    const second = await post(app.url, caller, UNITS(10));
    expect(first.status).toBe(200);
    const cost = first.body.extensions?.cost as number;
    expect(cost).toBeGreaterThan(0);
    expect(first.body.extensions?.rateLimit).toEqual({
      limit: CAPACITY,
      remaining: CAPACITY - cost,
      resetSeconds: expect.any(Number),
    });
    expect(first.body.extensions?.rateLimit.resetSeconds).toBeGreaterThan(cost * 59); // one point a minute
    expect(second.body.extensions?.rateLimit.remaining).toBeLessThanOrEqual(CAPACITY - 2 * cost + 2);
    expect(second.headers.get('ratelimit-limit')).toBe(String(CAPACITY));
    expect(Number(second.headers.get('ratelimit-remaining'))).toBe(second.body.extensions?.rateLimit.remaining);
  });

  it('refuses with 429 RATE_LIMITED and Retry-After once spent, and runs nothing then', async () => {
    const refused = await drain(app.url, admin, campaignId);
    expect(refused.body.errors?.[0].extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: Number(refused.headers.get('retry-after')),
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // What is left, spent to the last point with pages of units (1 + 2 points a unit, 500 at most) and `me` (1).
    let left = Number(refused.headers.get('ratelimit-remaining'));
    while (left > 0) {
      const units = Math.min(500, Math.floor((left - 1) / 2));
      const answer = await post(app.url, admin, units > 0 ? UNITS(units) : '{ me { id } }');
      expect(answer.status).toBe(200);
      left = answer.body.extensions?.rateLimit.remaining;
    }
    const before = await app.dataSource.query('SELECT count(*)::int AS n FROM units');
    const write = await post(
      app.url,
      admin,
      'mutation { createUnit(input: { code: "RL-1", name: "Đơn vị thử", levelKey: "province" }) { unit { id } } }',
    );
    expect(write.status).toBe(429);
    expect(await app.dataSource.query('SELECT count(*)::int AS n FROM units')).toEqual(before);
  });

  it('charges the plain HTTP routes too, answering 429 in the one error shape', async () => {
    const caller = await token('exports');
    let answer: Response | null = null;
    for (let i = 0; i < 20; i++) {
      answer = await fetch(`${app.url}/exports/ranking.csv?campaignId=${campaignId}&levelKey=district`, {
        headers: { authorization: `Bearer ${caller}` },
      });
      if (answer.status === 429) break;
      expect(answer.status).toBe(200);
      await answer.arrayBuffer();
    }
    expect(answer?.status).toBe(429);
    expect(await answer?.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    expect(answer?.headers.get('ratelimit-remaining')).not.toBeNull();
  });

  it('of parallel requests, admits no more than the budget pays for, whatever their mix', async () => {
    for (const seed of [1, 2, 3]) {
      const caller = await token(`parallel ${seed}`);
      // A third rankings (8.000 points each), the rest pages of units of every size up to 500 (up to 1.000 points).
      const sizes = Array.from({ length: 40 }, (_, i) => 1 + ((i * 37 * seed) % 500));
      const answers = await Promise.all(
        sizes.map((size, i) =>
          i % 3 === 0 ? post(app.url, caller, RANKING, { c: campaignId }) : post(app.url, caller, UNITS(size)),
        ),
      );
      const admitted = answers.filter((answer) => answer.status === 200);
      const spent = admitted.reduce((sum, answer) => sum + (answer.body.extensions?.cost as number), 0);
      expect(spent).toBeLessThanOrEqual(CAPACITY + 1); // and a minute's leak at most
      expect(answers.filter((answer) => answer.status === 429).length).toBeGreaterThan(0);
      // No request was refused while the budget could still pay for the dearest of them.
      const dearest = Math.max(...answers.map((answer) => (answer.body.extensions?.cost as number) ?? 0));
      expect(spent).toBeGreaterThan(CAPACITY - dearest - 1);
    }
  });

  it('keeps each token and each user apart, and shares one budget across API processes', async () => {
    const spent = await token('spent');
    await drain(app.url, spent, campaignId);
    expect((await post(app.url, await token('fresh'), UNITS(5))).status).toBe(200);
    const board = await app.loginAs('hoidong@camau.demo');
    expect((await post(app.url, board, UNITS(5))).status).toBe(200);

    // A second server on the same database: the spent token is spent there too.
    const other: RunningServer = await createServer({
      dataSource: app.dataSource,
      sessionSecret: 'test-secret-'.padEnd(48, 'x'),
      log: pino({ level: 'silent' }),
      webDir: null,
      rateBudget: { capacity: CAPACITY, perSecond: 1 / 60 },
    });
    await new Promise<void>((resolve) => other.httpServer.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(other.httpServer.address() as AddressInfo).port}`;
      expect((await post(url, spent, RANKING, { c: campaignId })).status).toBe(429);
    } finally {
      await other.stop();
    }
  });

  it('refills as time passes', async () => {
    const refilling = await startTestApp({ demo: 'setup', rateBudget: { capacity: 50_000, perSecond: 50_000 } });
    try {
      const caller = await refilling.loginAs('admin@camau.demo');
      const id = (await refilling.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
      const refused = await drain(refilling.url, caller, id);
      await new Promise((resolve) => setTimeout(resolve, Number(refused.headers.get('retry-after')) * 1000));
      expect((await post(refilling.url, caller, RANKING, { c: id })).status).toBe(200);
    } finally {
      await refilling.close();
    }
  });
});
