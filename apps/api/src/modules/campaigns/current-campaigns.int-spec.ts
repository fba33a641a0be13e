import { todayIn } from '@thidua/domain';
import { copyDemoCampaign } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';

const CURRENT = `{ currentCampaigns { id name status startDate endDate } }`;

/** A calendar date `days` after `date` (YYYY-MM-DD). */
function plusDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** `currentCampaigns`: the ACTIVE campaigns running today first, then the other ACTIVE ones (domain's rule). */
describe('currentCampaigns', () => {
  let app: TestApp;
  let viewer: string;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    app = await startTestApp();
    viewer = await app.loginAs('xem@camau.demo');
    const today = todayIn(new Date());
    const made: [name: string, status: string, start: number, end: number][] = [
      ['running, started earlier', 'ACTIVE', -30, 30],
      ['running, started later', 'ACTIVE', -10, 60],
      ['upcoming', 'ACTIVE', 10, 80],
      ['ended', 'ACTIVE', -90, -20],
      ['draft running', 'DRAFT', -5, 30],
      ['closed running', 'CLOSED', -8, 30],
    ];
    for (const [name, status, start, end] of made) {
      const id = await copyDemoCampaign(app, name);
      await app.dataSource.query('UPDATE campaigns SET status = $2, start_date = $3, end_date = $4 WHERE id = $1', [
        id,
        status,
        plusDays(today, start),
        plusDays(today, end),
      ]);
      ids.set(id, name);
    }
  });
  afterAll(() => app.close());

  it('answers the running ACTIVE campaigns first, the latest started first, then the other ACTIVE ones', async () => {
    const result = await app.gql(CURRENT, {}, viewer);
    expect(result.errors).toBeUndefined();
    const campaigns: { id: string; status: string }[] = result.data?.currentCampaigns;
    expect(campaigns.every((campaign) => campaign.status === 'ACTIVE')).toBe(true);
    expect(campaigns.filter((campaign) => ids.has(campaign.id)).map((campaign) => ids.get(campaign.id))).toEqual([
      'running, started later',
      'running, started earlier',
      'upcoming',
      'ended',
    ]);
    expect(ids.get(campaigns[0].id)).toBe('running, started later');
  });

  it('is empty when no campaign is ACTIVE', async () => {
    await app.dataSource.query("UPDATE campaigns SET status = 'CLOSED' WHERE status = 'ACTIVE'");
    expect((await app.gql(CURRENT, {}, viewer)).data?.currentCampaigns).toEqual([]);
  });

  it('is read by whoever may read campaigns: a read:reports token, not a read:units one', async () => {
    const admin = await app.loginAs('admin@camau.demo');
    const tokenWith = async (scope: string) =>
      (
        await app.gql(
          `mutation($s: [String!]!) { createApiToken(input: {name: "current", scopes: $s}) { token } }`,
          { s: [scope] },
          admin,
        )
      ).data?.createApiToken.token;
    expect((await app.gql(CURRENT, {}, await tokenWith('read:reports'))).errors).toBeUndefined();
    expect((await app.gql(CURRENT, {}, await tokenWith('read:units'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
