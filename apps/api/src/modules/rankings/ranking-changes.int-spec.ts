import { startTestApp, type TestApp } from '../../../test/harness';
import type { BackgroundWork } from '../../app/background-work';
import { DEFAULT_WEBHOOK_SETTINGS } from '../webhooks';
import { checkRankingChanges } from './ranking-changes';

const RANKING = `query($c: ID!) { ranking(campaignId: $c, levelKey: "commune") { asOfPeriod rows { rank unit { id } } } }`;

describe('ranking.changed: sent when a level’s order changes, and only then', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  const now = () => new Date();
  const events = async () =>
    (await app.dataSource.query(`SELECT data FROM outbox_events WHERE type = 'ranking.changed' ORDER BY position`)).map(
      (row: { data: Record<string, unknown> }) => row.data,
    );
  const lift = async (unitId: string, period: number) => {
    const values = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'].map((indicatorCode) => ({
      indicatorCode,
      numerator: 100_000,
      denominator: 100_000,
    }));
    const answer = await app.gql(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { outcome userErrors { code } } }`,
      { input: { campaignId, unitId, period, values } },
      admin,
    );
    expect(answer.data?.submitReport.userErrors).toEqual([]);
  };

  beforeAll(async () => {
    app = await startTestApp({
      demo: 'full',
      background: { work: false, webhooks: DEFAULT_WEBHOOK_SETTINGS, clock: false },
    });
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
  });
  afterAll(() => app.close());

  it('records the first order silently, then sends the units whose rank changed, once even when checked twice at once', async () => {
    expect(await checkRankingChanges(app.dataSource, campaignId, now())).toBe(0);
    expect(await checkRankingChanges(app.dataSource, campaignId, now())).toBe(0);
    expect(await events()).toEqual([]);

    const ranking = (await app.gql(RANKING, { c: campaignId }, admin)).data?.ranking;
    const ranked = ranking.rows.filter((row: { rank: number | null }) => row.rank !== null);
    const last = ranked[ranked.length - 1];
    await lift(last.unit.id, ranking.asOfPeriod);
    const counts = await Promise.all([
      checkRankingChanges(app.dataSource, campaignId, now()),
      checkRankingChanges(app.dataSource, campaignId, now()),
    ]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const sent = await events();
    const commune = sent.filter((event: Record<string, unknown>) => event.levelKey === 'commune');
    expect(commune).toHaveLength(1);
    const moved = (commune[0].changed as { unitId: string; rank: number; previousRank: number }[]).find(
      (entry) => entry.unitId === last.unit.id,
    );
    expect(moved).toBeDefined();
    expect(moved!.previousRank).toBe(last.rank);
    expect(moved!.rank).toBeLessThan(last.rank);
    const after = (await app.gql(RANKING, { c: campaignId }, admin)).data?.ranking.rows.find(
      (row: { unit: { id: string } }) => row.unit.id === last.unit.id,
    );
    expect(moved!.rank).toBe(after.rank);
    expect(await checkRankingChanges(app.dataSource, campaignId, now())).toBe(0);
  });

  it('a dispatched report event asks for one check of its campaign', async () => {
    const dispatcher = (app.background as BackgroundWork).dispatcher;
    await app.dataSource.query(`UPDATE outbox_events SET dispatched_at = now() WHERE dispatched_at IS NULL`);
    const ranking = (await app.gql(RANKING, { c: campaignId }, admin)).data?.ranking;
    await lift(ranking.rows[5].unit.id, ranking.asOfPeriod);
    await lift(ranking.rows[6].unit.id, ranking.asOfPeriod);
    expect(await dispatcher.dispatchPending()).toBe(2);
    const jobs = await app.dataSource.query(`SELECT data FROM pgboss.job WHERE name = 'rankings.check'`);
    expect(jobs.length).toBeGreaterThanOrEqual(1);
    expect(jobs.length).toBeLessThanOrEqual(2);
    expect(jobs[0].data).toEqual({ campaignId });
  });
});
