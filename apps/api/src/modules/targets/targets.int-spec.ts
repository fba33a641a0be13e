import { startTestApp, type TestApp } from '../../../test/harness';
import { CA_MAU_CAMPAIGN_INPUT, createIndicators } from '../../../test/fixtures';

const CREATE_CAMPAIGN = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } userErrors { code } } }`;
const UPDATE_CAMPAIGN = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { status } userErrors { code field } } }`;
const CREATE_SET = `mutation($input: CreateTargetSetInput!) { createTargetSet(input: $input) { targetSet { id key name primary version } userErrors { code field message } } }`;
const UPDATE_SET = `mutation($input: UpdateTargetSetInput!) { updateTargetSet(input: $input) { targetSet { key primary version } userErrors { code field } } }`;
const SET_TARGETS = `mutation($input: SetTargetsInput!) { setTargets(input: $input) { changed targetSet { key version } userErrors { code field message } } }`;
const SETS = `query($id: ID!) { campaign(id: $id) { targetSets { key primary version targets { value indicator { code } level { key } unit { code } } } } }`;

/** The two target sets of docs/domain.md §1 as setTargets rows. */
function levelTargets(values: Record<string, [number, number, number]>) {
  return Object.entries(values).flatMap(([indicatorCode, [province, district, commune]]) => [
    { indicatorCode, levelKey: 'province', value: province },
    { indicatorCode, levelKey: 'district', value: district },
    { indicatorCode, levelKey: 'commune', value: commune },
  ]);
}
const CAMPAIGN_TARGETS = levelTargets({
  ONLINE_RESOLUTION: [80, 70, 60],
  DIGITIZATION: [80, 70, 65],
  ONLINE_PAYMENT: [40, 35, 30],
});
const PLAN_2023_TARGETS = levelTargets({
  ONLINE_RESOLUTION: [30, 30, 30],
  DIGITIZATION: [70, 60, 55],
  ONLINE_PAYMENT: [30, 30, 30],
});

describe('target sets and targets', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  const codesOf = (result: { data?: Record<string, any> }, key: string) =>
    result.data?.[key].userErrors.map((e: { code: string; field: string[] }) => `${e.code}@${e.field?.join('.')}`);
  const unitId = async (code: string) =>
    (await app.dataSource.query('SELECT id FROM units WHERE code = $1', [code]))[0].id as string;
  const version = async (key: string, campaign = campaignId) =>
    Number(
      (
        await app.dataSource.query('SELECT version FROM target_sets WHERE campaign_id = $1 AND key = $2', [
          campaign,
          key,
        ])
      )[0].version,
    );
  /** A campaign of its own for a test that changes one: the Cà Mau campaign, without target sets. */
  const newCampaign = async (): Promise<string> => {
    const created = await app.gql(CREATE_CAMPAIGN, { input: CA_MAU_CAMPAIGN_INPUT }, admin);
    expect(created.data?.createCampaign.userErrors).toEqual([]);
    return created.data?.createCampaign.campaign.id;
  };
  /** … with the two target sets of docs/domain.md §1, "campaign" the primary one, and no targets yet. */
  const campaignWithSets = async (): Promise<string> => {
    const id = await newCampaign();
    for (const [key, name] of [
      ['campaign', 'Chỉ tiêu chiến dịch'],
      ['plan-2023', 'Kế hoạch năm 2023'],
    ]) {
      const set = await app.gql(CREATE_SET, { input: { campaignId: id, key, name } }, admin);
      expect(set.data?.createTargetSet.userErrors).toEqual([]);
    }
    return id;
  };
  /** … and with the targets of both sets. */
  const campaignWithTargets = async (): Promise<string> => {
    const id = await campaignWithSets();
    for (const [targetSetKey, targets] of [
      ['campaign', CAMPAIGN_TARGETS],
      ['plan-2023', PLAN_2023_TARGETS],
    ] as const) {
      const set = await app.gql(SET_TARGETS, { input: { campaignId: id, targetSetKey, targets } }, admin);
      expect(set.data?.setTargets).toMatchObject({ changed: 9, userErrors: [] });
    }
    return id;
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    await createIndicators(app, admin);
    // Read only: the tests that change a campaign make their own.
    campaignId = await campaignWithSets();
  });
  afterAll(() => app.close());

  it('makes the first set primary, and a later primary set takes over', async () => {
    const campaignId = await newCampaign();
    const first = await app.gql(
      CREATE_SET,
      { input: { campaignId, key: 'campaign', name: 'Chỉ tiêu chiến dịch' } },
      admin,
    );
    expect(first.data?.createTargetSet.targetSet).toMatchObject({ key: 'campaign', primary: true, version: 1 });
    const plan = await app.gql(
      CREATE_SET,
      { input: { campaignId, key: 'plan-2023', name: 'Kế hoạch năm 2023', primary: true } },
      admin,
    );
    expect(plan.data?.createTargetSet.targetSet).toMatchObject({ key: 'plan-2023', primary: true });
    const back = await app.gql(
      UPDATE_SET,
      { input: { id: first.data?.createTargetSet.targetSet.id, primary: true } },
      admin,
    );
    expect(back.data?.updateTargetSet.targetSet).toMatchObject({ key: 'campaign', primary: true });
    const sets = await app.gql(SETS, { id: campaignId }, admin);
    expect(
      sets.data?.campaign.targetSets.map((s: { key: string; primary: boolean }) => `${s.key}:${s.primary}`),
    ).toEqual(['campaign:true', 'plan-2023:false']);
  });

  it('keeps one primary set: un-marking the primary one is refused', async () => {
    const id = (
      await app.dataSource.query(`SELECT id FROM target_sets WHERE campaign_id = $1 AND key = 'campaign'`, [campaignId])
    )[0].id;
    expect(codesOf(await app.gql(UPDATE_SET, { input: { id, primary: false } }, admin), 'updateTargetSet')).toEqual([
      'PRIMARY_REQUIRED@input.primary',
    ]);
  });

  it.each([
    [{ key: 'Bad Key', name: 'x' }, 'INVALID_FORMAT@input.key'],
    [{ key: 'campaign', name: 'x' }, 'DUPLICATE_KEY@input.key'],
    [{ key: 'ok', name: '' }, 'REQUIRED@input.name'],
  ])('refuses the target set %j', async (input, expected) => {
    expect(codesOf(await app.gql(CREATE_SET, { input: { campaignId, ...input } }, admin), 'createTargetSet')).toEqual([
      expected,
    ]);
  });

  it('sets both target sets of docs/domain.md §1 in one call each, then a unit override', async () => {
    const campaignId = await campaignWithSets();
    const campaign = await app.gql(
      SET_TARGETS,
      {
        input: {
          campaignId,
          targetSetKey: 'campaign',
          version: await version('campaign', campaignId),
          targets: CAMPAIGN_TARGETS,
        },
      },
      admin,
    );
    expect(campaign.data?.setTargets).toMatchObject({ changed: 9, userErrors: [] });
    const plan = await app.gql(
      SET_TARGETS,
      { input: { campaignId, targetSetKey: 'plan-2023', targets: PLAN_2023_TARGETS } },
      admin,
    );
    expect(plan.data?.setTargets).toMatchObject({ changed: 9, userErrors: [] });
    const override = await app.gql(
      SET_TARGETS,
      {
        input: {
          campaignId,
          targetSetKey: 'campaign',
          targets: [{ indicatorCode: 'ONLINE_PAYMENT', unitId: await unitId('970'), value: 62.5 }],
        },
      },
      admin,
    );
    expect(override.data?.setTargets.changed).toBe(1);
    const sets = await app.gql(SETS, { id: campaignId }, admin);
    const campaignSet = sets.data?.campaign.targetSets[0];
    expect(campaignSet.targets).toHaveLength(10);
    expect(campaignSet.targets).toContainEqual({
      value: 62.5,
      indicator: { code: 'ONLINE_PAYMENT' },
      level: null,
      unit: { code: '970' },
    });
    expect(campaignSet.targets).toContainEqual({
      value: 65,
      indicator: { code: 'DIGITIZATION' },
      level: { key: 'commune' },
      unit: null,
    });
  });

  it('changes nothing when the same targets are sent again', async () => {
    const campaignId = await campaignWithTargets();
    const again = await app.gql(
      SET_TARGETS,
      { input: { campaignId, targetSetKey: 'campaign', targets: CAMPAIGN_TARGETS } },
      admin,
    );
    expect(again.data?.setTargets.changed).toBe(0);
  });

  it('keeps the history of every change, with who made it; clearing is a change to null', async () => {
    // Both sets' targets (9 changes to "campaign"), the unit override at 62.5, then 50, then cleared: 12 in all.
    const campaignId = await campaignWithTargets();
    const target = { indicatorCode: 'ONLINE_PAYMENT', unitId: await unitId('970') };
    await app.gql(
      SET_TARGETS,
      { input: { campaignId, targetSetKey: 'campaign', targets: [{ ...target, value: 62.5 }] } },
      admin,
    );
    await app.gql(
      SET_TARGETS,
      { input: { campaignId, targetSetKey: 'campaign', targets: [{ ...target, value: 50 }] } },
      admin,
    );
    await app.gql(
      SET_TARGETS,
      { input: { campaignId, targetSetKey: 'campaign', targets: [{ ...target, value: null }] } },
      admin,
    );
    const history = await app.gql(
      `query($id: ID!) { campaign(id: $id) { targetChanges(first: 3, targetSetKey: "campaign") { totalCount edges { node { oldValue newValue unit { code } indicator { code } targetSet { key } changedBy { email } } } } } }`,
      { id: campaignId },
      admin,
    );
    const changes = history.data?.campaign.targetChanges;
    expect(changes.totalCount).toBe(12);
    expect(
      changes.edges.map((e: { node: { oldValue: number | null; newValue: number | null } }) => [
        e.node.oldValue,
        e.node.newValue,
      ]),
    ).toEqual([
      [50, null],
      [62.5, 50],
      [null, 62.5],
    ]);
    expect(changes.edges[0].node).toMatchObject({
      unit: { code: '970' },
      indicator: { code: 'ONLINE_PAYMENT' },
      targetSet: { key: 'campaign' },
      changedBy: { email: 'admin@camau.demo' },
    });
  });

  it('refuses every bad target, naming its row, and writes none of the good ones', async () => {
    const campaignId = await campaignWithTargets();
    const archived = (
      await app.gql(
        `mutation { createUnit(input: {code: "ARCH-1", name: "Cũ", levelKey: "commune"}) { unit { id } } }`,
        {},
        admin,
      )
    ).data?.createUnit.unit.id;
    await app.gql(
      `mutation($id: ID!) { archiveUnit(input: {id: $id}) { userErrors { code } } }`,
      { id: archived },
      admin,
    );
    const before = await version('campaign', campaignId);
    const result = await app.gql(
      SET_TARGETS,
      {
        input: {
          campaignId,
          targetSetKey: 'campaign',
          targets: [
            { indicatorCode: 'ONLINE_RESOLUTION', levelKey: 'province', value: 81 },
            { indicatorCode: 'ONLINE_RESOLUTION', levelKey: 'province', value: 101 },
            { indicatorCode: 'NOPE', levelKey: 'province', value: 50 },
            { indicatorCode: 'DIGITIZATION', levelKey: 'hamlet', value: 50 },
            { indicatorCode: 'DIGITIZATION', unitId: '00000000-0000-4000-8000-000000000000', value: 50 },
            { indicatorCode: 'DIGITIZATION', unitId: archived, value: 50 },
            { indicatorCode: 'DIGITIZATION', value: 50 },
            { indicatorCode: 'ONLINE_RESOLUTION', levelKey: 'province', value: 82 },
          ],
        },
      },
      admin,
    );
    expect(codesOf(result, 'setTargets')).toEqual([
      'TARGET_OUT_OF_RANGE@input.targets.1.value',
      'UNKNOWN_INDICATOR@input.targets.2.indicatorCode',
      'UNKNOWN_LEVEL@input.targets.3.levelKey',
      'UNKNOWN_UNIT@input.targets.4.unitId',
      'ARCHIVED_UNIT@input.targets.5.unitId',
      'TARGET_SCOPE@input.targets.6.levelKey',
      'DUPLICATE_TARGET@input.targets.7.indicatorCode',
    ]);
    expect(await version('campaign', campaignId)).toBe(before);
    const province = await app.dataSource.query(
      `SELECT t.value FROM targets t JOIN target_sets s ON s.id = t.target_set_id JOIN levels l ON l.id = t.level_id JOIN indicators i ON i.id = t.indicator_id
       WHERE s.campaign_id = $1 AND s.key = 'campaign' AND l.key = 'province' AND i.code = 'ONLINE_RESOLUTION'`,
      [campaignId],
    );
    expect(Number(province[0].value)).toBe(80);
  });

  it('refuses an unknown target set', async () => {
    const result = await app.gql(SET_TARGETS, { input: { campaignId, targetSetKey: 'nope', targets: [] } }, admin);
    expect(codesOf(result, 'setTargets')).toEqual(['UNKNOWN_TARGET_SET@input.targetSetKey']);
  });

  it('gives the second of two sessions saving the same grid STALE, and loses neither edit silently', async () => {
    const campaignId = await campaignWithTargets();
    const other = await app.loginAs('admin@camau.demo');
    const read = await version('campaign', campaignId);
    const first = await app.gql(
      SET_TARGETS,
      {
        input: {
          campaignId,
          targetSetKey: 'campaign',
          version: read,
          targets: [{ indicatorCode: 'ONLINE_PAYMENT', levelKey: 'commune', value: 31 }],
        },
      },
      admin,
    );
    const second = await app.gql(
      SET_TARGETS,
      {
        input: {
          campaignId,
          targetSetKey: 'campaign',
          version: read,
          targets: [{ indicatorCode: 'ONLINE_PAYMENT', levelKey: 'commune', value: 32 }],
        },
      },
      other,
    );
    expect(first.data?.setTargets).toMatchObject({ changed: 1, userErrors: [] });
    expect(codesOf(second, 'setTargets')).toEqual(['STALE@input.version']);
    const value = await app.dataSource.query(
      `SELECT t.value FROM targets t JOIN target_sets s ON s.id = t.target_set_id JOIN levels l ON l.id = t.level_id JOIN indicators i ON i.id = t.indicator_id
       WHERE s.campaign_id = $1 AND s.key = 'campaign' AND l.key = 'commune' AND i.code = 'ONLINE_PAYMENT'`,
      [campaignId],
    );
    expect(Number(value[0].value)).toBe(31);
  });

  it('applies concurrent saves without a version one after the other, losing none', async () => {
    const campaignId = await campaignWithTargets();
    const saves = ['province', 'district', 'commune'].map((levelKey, i) =>
      app.gql(
        SET_TARGETS,
        {
          input: {
            campaignId,
            targetSetKey: 'plan-2023',
            targets: [{ indicatorCode: 'ONLINE_RESOLUTION', levelKey, value: 40 + i }],
          },
        },
        admin,
      ),
    );
    const results = await Promise.all(saves);
    expect(results.map((r) => r.data?.setTargets.changed)).toEqual([1, 1, 1]);
    const sets = await app.gql(SETS, { id: campaignId }, admin);
    const plan = sets.data?.campaign.targetSets.find((s: { key: string }) => s.key === 'plan-2023');
    const values = plan.targets
      .filter((t: { indicator: { code: string } }) => t.indicator.code === 'ONLINE_RESOLUTION')
      .map((t: { value: number }) => t.value)
      .sort();
    expect(values).toEqual([40, 41, 42]);
  });

  it('activates the campaign once it has targets, refuses removing an indicator that has targets, and freezes when closed', async () => {
    const campaignId = await campaignWithTargets();
    expect(
      (await app.gql(UPDATE_CAMPAIGN, { input: { id: campaignId, status: 'ACTIVE' } }, admin)).data?.updateCampaign,
    ).toEqual({ campaign: { status: 'ACTIVE' }, userErrors: [] });
    const removing = await app.gql(
      UPDATE_CAMPAIGN,
      { input: { id: campaignId, indicators: [{ code: 'ONLINE_RESOLUTION' }] } },
      admin,
    );
    expect(codesOf(removing, 'updateCampaign')).toEqual([
      'INDICATOR_HAS_TARGETS@input.indicators',
      'INDICATOR_HAS_TARGETS@input.indicators',
    ]);
    expect(
      (await app.gql(UPDATE_CAMPAIGN, { input: { id: campaignId, status: 'CLOSED' } }, admin)).data?.updateCampaign
        .userErrors,
    ).toEqual([]);
    const frozen = await app.gql(
      SET_TARGETS,
      {
        input: {
          campaignId,
          targetSetKey: 'campaign',
          targets: [{ indicatorCode: 'ONLINE_PAYMENT', levelKey: 'commune', value: 33 }],
        },
      },
      admin,
    );
    expect(codesOf(frozen, 'setTargets')).toEqual(['CAMPAIGN_CLOSED@input.campaignId']);
    const renamed = await app.gql(UPDATE_CAMPAIGN, { input: { id: campaignId, name: 'Đổi tên' } }, admin);
    expect(codesOf(renamed, 'updateCampaign')).toEqual(['CAMPAIGN_CLOSED@input.id']);
    expect(
      (await app.gql(UPDATE_CAMPAIGN, { input: { id: campaignId, status: 'ACTIVE' } }, admin)).data?.updateCampaign
        .campaign.status,
    ).toBe('ACTIVE');
  });

  it('answers FORBIDDEN to a reporter setting targets', async () => {
    const reporter = await app.loginAs('baocao@camau.demo');
    const result = await app.gql(
      SET_TARGETS,
      { input: { campaignId, targetSetKey: 'campaign', targets: [] } },
      reporter,
    );
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
