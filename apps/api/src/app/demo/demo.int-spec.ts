import { startTestApp, type TestApp } from '../../../test/harness';

describe('the Cà Mau demo', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('holds the 69-day campaign, ACTIVE, with its three indicators, three ranked levels and both target sets', async () => {
    const viewer = await app.loginAs('xem@camau.demo');
    const result = await app.gql(
      `{ campaigns(first: 5) { totalCount edges { node {
          name status startDate endDate levels { key } periods { index }
          indicators { indicator { code numeratorLabel denominatorLabel } }
          targetSets { key primary targets { value indicator { code } level { key } } }
      } } } }`,
      {},
      viewer,
    );
    const campaign = result.data?.campaigns.edges[0].node;
    expect(result.data?.campaigns.totalCount).toBe(1);
    expect(campaign).toMatchObject({ status: 'ACTIVE', startDate: '2023-03-01', endDate: '2023-05-09' });
    expect(campaign.name).toMatch(/^Chiến dịch cao điểm 69 ngày đêm/);
    expect(campaign.levels.map((l: { key: string }) => l.key)).toEqual(['province', 'district', 'commune']);
    expect(campaign.periods).toHaveLength(11);
    expect(campaign.indicators.map((i: { indicator: { code: string } }) => i.indicator.code)).toEqual([
      'ONLINE_RESOLUTION',
      'DIGITIZATION',
      'ONLINE_PAYMENT',
    ]);
    expect(campaign.indicators[0].indicator).toMatchObject({
      numeratorLabel: 'Hồ sơ giải quyết trực tuyến',
      denominatorLabel: 'Hồ sơ tiếp nhận',
    });
    const [primary, plan] = campaign.targetSets;
    expect([primary.key, primary.primary, plan.key, plan.primary]).toEqual(['campaign', true, 'plan-2023', false]);
    const valueOf = (
      set: { targets: { value: number; indicator: { code: string }; level: { key: string } }[] },
      code: string,
      level: string,
    ) => set.targets.find((t) => t.indicator.code === code && t.level.key === level)?.value;
    expect([
      valueOf(primary, 'DIGITIZATION', 'commune'),
      valueOf(primary, 'ONLINE_PAYMENT', 'district'),
      valueOf(plan, 'DIGITIZATION', 'province'),
    ]).toEqual([65, 35, 70]);
    expect(primary.targets).toHaveLength(9);
  });
});
