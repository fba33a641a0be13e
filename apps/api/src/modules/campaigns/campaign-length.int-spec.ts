import fc from 'fast-check';
import { DateTime } from 'luxon';
import { latestEndDate } from '@thidua/domain';
import { startTestApp, type TestApp } from '../../../test/harness';

const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) {
  campaign { id version periods { index } } userErrors { code field message } } }`;
const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) {
  campaign { id version endDate } userErrors { code field message } } }`;
const plusDays = (date: string, days: number) =>
  DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() as string;

describe('a campaign lasts at most 5 years (262 weekly periods)', () => {
  let app: TestApp;
  let admin: string;
  const campaignCount = async () =>
    (await app.dataSource.query('SELECT count(*)::int AS n FROM campaigns'))[0].n as number;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
  });
  afterAll(() => app.close());

  it('createCampaign refuses the probe, 2023-01-01 to 9999-12-31 (20 s and 7 MB of periods), on endDate', async () => {
    const before = await campaignCount();
    const started = performance.now();
    const result = await app.gql(
      CREATE,
      { input: { name: 'Mãi mãi', startDate: '2023-01-01', endDate: '9999-12-31' } },
      admin,
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.data?.createCampaign).toEqual({
      campaign: null,
      userErrors: [
        {
          code: 'CAMPAIGN_TOO_LONG',
          field: ['input', 'endDate'],
          message:
            'A campaign lasts at most 5 years (262 weekly periods): starting on 2023-01-01, it must end by ' +
            '2027-12-31, not 9999-12-31.',
        },
      ],
    });
    expect(await campaignCount()).toBe(before);
  });

  it('any start and length: created exactly when it ends within 5 years, with at most 262 periods', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3_650 }),
        fc.integer({ min: 1_700, max: 1_900 }),
        async (from, days) => {
          const startDate = plusDays('2024-01-01', from);
          const endDate = plusDays(startDate, days);
          const input = { name: `Dài ${days} ngày từ ${startDate}`, startDate, endDate };
          const result = await app.gql(CREATE, { input }, admin);
          const { campaign, userErrors } = result.data?.createCampaign ?? {};
          if (endDate <= (latestEndDate(startDate) as string)) {
            expect(userErrors).toEqual([]);
            expect(campaign.periods.length).toBeLessThanOrEqual(262);
          } else {
            expect(userErrors.map((error: { code: string; field: string[] }) => [error.code, error.field])).toEqual([
              ['CAMPAIGN_TOO_LONG', ['input', 'endDate']],
            ]);
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('updateCampaign refuses an end date beyond 5 years and changes nothing', async () => {
    const created = await app.gql(
      CREATE,
      { input: { name: 'Năm năm', startDate: '2025-01-01', endDate: '2025-12-31' } },
      admin,
    );
    const { id, version } = created.data?.createCampaign.campaign;
    const refused = await app.gql(UPDATE, { input: { id, endDate: '2030-01-01' } }, admin);
    expect(refused.data?.updateCampaign.userErrors.map((error: { code: string }) => error.code)).toEqual([
      'CAMPAIGN_TOO_LONG',
    ]);
    const accepted = await app.gql(UPDATE, { input: { id, endDate: '2029-12-31' } }, admin);
    expect(accepted.data?.updateCampaign.campaign).toEqual({ id, version: version + 1, endDate: '2029-12-31' });
  });
});
