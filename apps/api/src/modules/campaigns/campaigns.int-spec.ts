import { startTestApp, type TestApp } from '../../../test/harness';
import { CA_MAU_CAMPAIGN_INPUT, createIndicators } from '../../../test/fixtures';
import { MAX_CAMPAIGN_INDICATORS } from './campaign-rules';

const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id code name } userErrors { code field message } } }`;
const CAMPAIGN_FIELDS = `id version name startDate endDate timeZone dueWeekday dueTime status
  legend { code name minScore } levels { key } indicators { weight indicator { code } }
  periods { index startDate endDate dueAt }`;
const CREATE = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { ${CAMPAIGN_FIELDS} } userErrors { code field message } } }`;
const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { ${CAMPAIGN_FIELDS} } userErrors { code field message } } }`;

describe('indicators and campaigns', () => {
  let app: TestApp;
  let admin: string;
  const codesOf = (result: { data?: Record<string, any> }, key: string) =>
    result.data?.[key].userErrors.map((e: { code: string; field: string[] }) => `${e.code}@${e.field?.join('.')}`);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    await createIndicators(app, admin);
  });
  afterAll(() => app.close());

  describe('indicators', () => {
    it('lists the indicators by code', async () => {
      const result = await app.gql(`{ indicators { code numeratorLabel } }`, {}, admin);
      expect(result.data?.indicators.map((i: { code: string }) => i.code)).toEqual([
        'DIGITIZATION',
        'ONLINE_PAYMENT',
        'ONLINE_RESOLUTION',
      ]);
    });

    it.each([
      [{ code: 'online', name: 'x', numeratorLabel: 'a', denominatorLabel: 'b' }, 'INVALID_INDICATOR_CODE@input.code'],
      [{ code: 'DIGITIZATION', name: 'x', numeratorLabel: 'a', denominatorLabel: 'b' }, 'DUPLICATE_CODE@input.code'],
      [{ code: 'NEW_ONE', name: ' ', numeratorLabel: 'a', denominatorLabel: 'b' }, 'REQUIRED@input.name'],
    ])('refuses %j', async (input, expected) => {
      expect(codesOf(await app.gql(CREATE_INDICATOR, { input }, admin), 'createIndicator')).toEqual([expected]);
    });

    it('renames an indicator, keeping its code', async () => {
      const list = await app.gql(`{ indicators { id code } }`, {}, admin);
      const id = list.data?.indicators.find((i: { code: string }) => i.code === 'DIGITIZATION').id;
      const result = await app.gql(
        `mutation($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { indicator { code name } userErrors { code } } }`,
        { input: { id, name: 'Tỷ lệ số hóa hồ sơ' } },
        admin,
      );
      expect(result.data?.updateIndicator).toEqual({
        indicator: { code: 'DIGITIZATION', name: 'Tỷ lệ số hóa hồ sơ' },
        userErrors: [],
      });
    });
  });

  describe('creating a campaign', () => {
    it('creates the Cà Mau campaign as DRAFT with the default schedule, legend and all levels, and its 11 periods', async () => {
      const result = await app.gql(CREATE, { input: CA_MAU_CAMPAIGN_INPUT }, admin);
      const campaign = result.data?.createCampaign.campaign;
      expect(result.data?.createCampaign.userErrors).toEqual([]);
      expect(campaign).toMatchObject({
        version: 1,
        startDate: '2023-03-01',
        endDate: '2023-05-09',
        timeZone: 'Asia/Ho_Chi_Minh',
        dueWeekday: 'FRIDAY',
        dueTime: '16:00',
        status: 'DRAFT',
        levels: [{ key: 'committee' }, { key: 'province' }, { key: 'district' }, { key: 'commune' }],
        indicators: [
          { weight: 1, indicator: { code: 'ONLINE_RESOLUTION' } },
          { weight: 1, indicator: { code: 'DIGITIZATION' } },
          { weight: 1, indicator: { code: 'ONLINE_PAYMENT' } },
        ],
      });
      expect(campaign.legend.map((c: { name: string; minScore: number }) => `${c.name} ${c.minScore}`)).toEqual([
        'Xuất sắc 90',
        'Tốt 75',
        'Trung bình 50',
        'Yếu 0',
      ]);
      expect(campaign.periods).toHaveLength(11);
      expect(campaign.periods[0]).toEqual({
        index: 1,
        startDate: '2023-03-01',
        endDate: '2023-03-03',
        dueAt: '2023-03-03T09:00:00.000Z',
      });
      expect(campaign.periods[10]).toEqual({
        index: 11,
        startDate: '2023-05-06',
        endDate: '2023-05-09',
        dueAt: '2023-05-12T09:00:00.000Z',
      });
    });

    it.each([
      [{ endDate: '2023-02-01' }, ['END_BEFORE_START@input.endDate']],
      [{ timeZone: 'Mars/Olympus' }, ['INVALID_TIME_ZONE@input.timeZone']],
      [{ dueTime: '25:00' }, ['INVALID_DUE_TIME@input.dueTime']],
      [{ indicators: [{ code: 'DIGITIZATION', weight: 0 }] }, ['INVALID_WEIGHT@input.indicators.0.weight']],
      [
        { indicators: [{ code: 'DIGITIZATION' }, { code: 'DIGITIZATION' }] },
        ['DUPLICATE_INDICATOR@input.indicators.1.code'],
      ],
      [{ indicators: [{ code: 'NOPE' }] }, ['UNKNOWN_INDICATOR@input.indicators.0.code']],
      [
        { indicators: Array.from({ length: MAX_CAMPAIGN_INDICATORS + 1 }, (_, i) => ({ code: `I${i}` })) },
        expect.arrayContaining(['TOO_MANY@input.indicators']),
      ],
      [{ levelKeys: ['hamlet'] }, ['UNKNOWN_LEVEL@input.levelKeys.0']],
      [
        { legend: [{ code: 'A', name: 'A', minScore: 120 }] },
        expect.arrayContaining([expect.stringMatching(/^INVALID_LEGEND@input\.legend/)]),
      ],
      [{ name: '' }, ['REQUIRED@input.name']],
    ])('refuses %j and writes nothing', async (change, expected) => {
      const before = (await app.dataSource.query('SELECT count(*)::int AS n FROM campaigns'))[0].n;
      const result = await app.gql(CREATE, { input: { ...CA_MAU_CAMPAIGN_INPUT, ...change } }, admin);
      expect(result.data?.createCampaign.campaign).toBeNull();
      expect(codesOf(result, 'createCampaign')).toEqual(expected);
      expect((await app.dataSource.query('SELECT count(*)::int AS n FROM campaigns'))[0].n).toBe(before);
    });

    it('refuses a date that is not on the calendar at the protocol level', async () => {
      const result = await app.gql(CREATE, { input: { ...CA_MAU_CAMPAIGN_INPUT, startDate: '2023-02-30' } }, admin);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('answers FORBIDDEN to a board member and lets a viewer read', async () => {
      const board = await app.loginAs('hoidong@camau.demo');
      expect((await app.gql(CREATE, { input: CA_MAU_CAMPAIGN_INPUT }, board)).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      const viewer = await app.loginAs('xem@camau.demo');
      const list = await app.gql(`{ campaigns(first: 10) { totalCount edges { node { name status } } } }`, {}, viewer);
      expect(list.data?.campaigns.totalCount).toBeGreaterThanOrEqual(1);
    });
  });

  describe('updating a campaign', () => {
    let id: string;
    beforeAll(async () => {
      id = (await app.gql(CREATE, { input: { ...CA_MAU_CAMPAIGN_INPUT, name: 'Cập nhật' } }, admin)).data
        ?.createCampaign.campaign.id;
    });

    it('moves the due time, recomputing the periods, and refuses the now stale version', async () => {
      const moved = await app.gql(
        UPDATE,
        { input: { id, version: 1, dueTime: '17:30', dueWeekday: 'THURSDAY' } },
        admin,
      );
      expect(moved.data?.updateCampaign.userErrors).toEqual([]);
      expect(moved.data?.updateCampaign.campaign).toMatchObject({
        version: 2,
        dueTime: '17:30',
        dueWeekday: 'THURSDAY',
      });
      expect(moved.data?.updateCampaign.campaign.periods[0]).toMatchObject({
        startDate: '2023-03-01',
        endDate: '2023-03-02',
        dueAt: '2023-03-02T10:30:00.000Z',
      });
      const stale = await app.gql(UPDATE, { input: { id, version: 1, name: 'Lost' } }, admin);
      expect(codesOf(stale, 'updateCampaign')).toEqual(['STALE@input.version']);
    });

    it('refuses to activate a campaign with no target, or with no indicator', async () => {
      const noTarget = await app.gql(UPDATE, { input: { id, status: 'ACTIVE' } }, admin);
      expect(codesOf(noTarget, 'updateCampaign')).toEqual(['NO_TARGETS@input.status']);
      const neither = await app.gql(UPDATE, { input: { id, indicators: [], status: 'ACTIVE' } }, admin);
      expect(codesOf(neither, 'updateCampaign')).toEqual(['NO_INDICATORS@input.status', 'NO_TARGETS@input.status']);
    });

    it('refuses a status change that is not allowed', async () => {
      const result = await app.gql(UPDATE, { input: { id, status: 'CLOSED' } }, admin);
      expect(codesOf(result, 'updateCampaign')).toEqual(['INVALID_STATUS_CHANGE@input.status']);
    });

    it('answers NOT_FOUND for an unknown campaign', async () => {
      const result = await app.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', name: 'x' } }, admin);
      expect(codesOf(result, 'updateCampaign')).toEqual(['NOT_FOUND@input.id']);
    });
  });
});
