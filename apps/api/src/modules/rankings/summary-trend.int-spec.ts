import { startTestApp, type TestApp } from '../../../test/harness';

const LEVEL_FIELDS = `level { key name } unitCount asOfPeriod
  indicators { indicator { code } numerator denominator rate target met achievement shortfall projectedRate onTrack weight }`;
const SUMMARY = `query($c: ID!, $p: Int, $s: String) { summary(campaignId: $c, asOfPeriod: $p, targetSetKey: $s) { ${LEVEL_FIELDS} } }`;
const TREND = `query($c: ID!, $p: Int, $s: String) {
  summaryTrend(campaignId: $c, throughPeriod: $p, targetSetKey: $s) { asOfPeriod levels { ${LEVEL_FIELDS} } } }`;

describe('summaryTrend: the summary of every period in one request', () => {
  let app: TestApp;
  let viewer: string;
  let campaignId: string;
  let setKeys: string[];
  let periodCount: number;

  const trend = async (variables: Record<string, unknown>) => app.gql(TREND, { c: campaignId, ...variables }, viewer);
  /** `summary` asked once per period, as the dashboard used to. */
  const summaries = async (through: number, s: string | null) => {
    const answers = [];
    for (let p = 1; p <= through; p++) {
      const result = await app.gql(SUMMARY, { c: campaignId, p, s }, viewer);
      expect(result.errors).toBeUndefined();
      answers.push({ asOfPeriod: p, levels: result.data?.summary });
    }
    return answers;
  };

  beforeAll(async () => {
    app = await startTestApp({ demo: 'full' });
    viewer = await app.loginAs('xem@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns ORDER BY created_at LIMIT 1'))[0].id;
    setKeys = (
      await app.dataSource.query('SELECT key FROM target_sets WHERE campaign_id = $1 ORDER BY key', [campaignId])
    ).map((row: { key: string }) => row.key);
    const campaign = await app.gql(
      `query($c: ID!) { campaign(id: $c) { periods { index } } }`,
      { c: campaignId },
      viewer,
    );
    periodCount = campaign.data?.campaign.periods.length;
  });
  afterAll(() => app.close());

  it('equals summary(asOfPeriod: p) for every period of the campaign, with every target set', async () => {
    expect(setKeys.length).toBeGreaterThan(0);
    expect(periodCount).toBeGreaterThan(3); // the pace window (3 periods) slides
    for (const s of [null, ...setKeys]) {
      const result = await trend({ p: periodCount, s });
      expect(result.errors).toBeUndefined();
      expect(result.data?.summaryTrend).toHaveLength(periodCount);
      expect(result.data?.summaryTrend).toEqual(await summaries(periodCount, s));
    }
  });

  it('leaves out archived units and counts them nowhere, as summary does', async () => {
    const [{ id }] = await app.dataSource.query(
      `SELECT u.id FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = 'commune' ORDER BY u.code LIMIT 1`,
    );
    await app.dataSource.query('UPDATE units SET archived_at = now() WHERE id = $1', [id]);
    try {
      const result = await trend({ p: 4 });
      expect(result.data?.summaryTrend).toEqual(await summaries(4, null));
    } finally {
      await app.dataSource.query('UPDATE units SET archived_at = NULL WHERE id = $1', [id]);
    }
  });

  it('without throughPeriod, runs to the period summary defaults to (the last one past due)', async () => {
    const result = await trend({});
    const defaultSummary = await app.gql(SUMMARY, { c: campaignId }, viewer);
    const periods = result.data?.summaryTrend;
    expect(periods.length).toBe(defaultSummary.data?.summary[0].asOfPeriod);
    expect(periods.at(-1).levels).toEqual(defaultSummary.data?.summary);
  });

  it('reads the same number of statements for 2 periods as for all of them', async () => {
    const count = async (p: number) => {
      const before = app.queryCount();
      const result = await trend({ p });
      expect(result.data?.summaryTrend).toHaveLength(p);
      return app.queryCount() - before;
    };
    await count(1); // a first request may read what the server then remembers (sessions, periods)
    const two = await count(2);
    expect(two).toBeLessThanOrEqual(3);
    expect(await count(periodCount)).toBe(two);
  });

  it.each([
    [{ p: 0 }, 'throughPeriod must be 1 or more.'],
    [{ p: 999 }, 'throughPeriod must be a period of this campaign, 1 to '],
    [{ s: 'x'.repeat(41) }, 'targetSetKey is at most 40 characters.'],
    [{ s: 'no-such-set' }, 'This campaign has no target set "no-such-set".'],
    [{ c: '00000000-0000-4000-8000-000000000000' }, 'There is no such campaign.'],
    [{ c: 'not-an-id' }, 'There is no such campaign.'],
  ])('refuses %j: %s', async (variables, message) => {
    const result = await trend(variables);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain(message);
  });

  it('is refused without a sign-in, as summary is', async () => {
    const result = await app.gql(TREND, { c: campaignId, p: 2 });
    expect(result.data?.summaryTrend ?? null).toBeNull();
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(result.errors?.[0].extensions?.code);
  });
});
