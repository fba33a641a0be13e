import { startTestApp, type TestApp } from '../../../test/harness';
import { setCampaignRecordFeeds, setIndicatorRecordRule } from './record-rules';

const SET_RULE = `mutation($input: SetIndicatorRecordRuleInput!) { setIndicatorRecordRule(input: $input) {
  rule { indicator { code } numerator denominator } userErrors { code field message } } }`;
const RULES = `{ indicatorRecordRules { indicator { code } numerator denominator } }`;
const SET_FEEDS = `mutation($input: SetCampaignRecordFeedsInput!) { setCampaignRecordFeeds(input: $input) { fedUnitCount userErrors { code field message } } }`;
const FEEDS = `query($campaignId: ID!) { campaignRecordFeeds(campaignId: $campaignId) }`;
const RECOMPUTE = `mutation($campaignId: ID) { recomputeRecordFigures(campaignId: $campaignId) { recompute { campaigns cells created revised unchanged } userErrors { code } } }`;
const HEADER =
  'source,external_id,unit_code,procedure_code,received_at,channel,resolved_at,resolved_online,digitised,fee_required,paid_online';

describe('dossier records: configuration and the admin upload', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  const q = (sql: string, params: unknown[] = []) => app.dataSource.query(sql, params);
  const upload = (body: string, token: string | null, format = 'csv') =>
    fetch(`${app.url}/imports/dossiers?format=${format}`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body,
    });
  /** Phường 4 (32002), the one unit the campaign feeds from records here; its id. */
  const phuong4 = async (fed: boolean): Promise<string> => {
    const [{ id }] = await q(`SELECT id FROM units WHERE code = '32002'`);
    await setCampaignRecordFeeds(app.dataSource.manager, campaignId, [id], fed);
    return id;
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    [{ id: campaignId }] = await q(`SELECT id FROM campaigns ORDER BY created_at LIMIT 1`);
  }, 60_000);
  afterAll(() => app.close());

  it('sets how records feed an indicator, refusing an unknown indicator', async () => {
    const [{ id }] = await q(`SELECT id FROM indicators WHERE code = 'DIGITIZATION'`);
    const unknown = await app.gql(
      SET_RULE,
      {
        input: { indicatorId: '00000000-0000-4000-8000-000000000000', numerator: 'DIGITISED', denominator: 'RESOLVED' },
      },
      admin,
    );
    expect(unknown.data?.setIndicatorRecordRule).toEqual({
      rule: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['input', 'indicatorId'], message: 'No such indicator.' }],
    });
    const set = await app.gql(
      SET_RULE,
      { input: { indicatorId: id, numerator: 'DIGITISED', denominator: 'RESOLVED' } },
      admin,
    );
    expect(set.data?.setIndicatorRecordRule).toEqual({
      rule: { indicator: { code: 'DIGITIZATION' }, numerator: 'DIGITISED', denominator: 'RESOLVED' },
      userErrors: [],
    });
    expect((await app.gql(RULES, {}, admin)).data?.indicatorRecordRules).toEqual([
      { indicator: { code: 'DIGITIZATION' }, numerator: 'DIGITISED', denominator: 'RESOLVED' },
    ]);
    expect(await q(`SELECT action, after FROM audit_entries WHERE action = 'setIndicatorRecordRule'`)).toEqual([
      { action: 'setIndicatorRecordRule', after: { numerator: 'DIGITISED', denominator: 'RESOLVED' } },
    ]);
  });

  it('feeds units of a campaign from records; an unknown unit refuses the whole call', async () => {
    const unitId = await phuong4(false);
    const bad = await app.gql(
      SET_FEEDS,
      { input: { campaignId, unitIds: [unitId, '00000000-0000-4000-8000-000000000000'], fed: true } },
      admin,
    );
    expect(bad.data?.setCampaignRecordFeeds).toEqual({
      fedUnitCount: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['input', 'unitIds', '1'], message: 'No such unit.' }],
    });
    expect(await q('SELECT count(*)::int AS n FROM campaign_record_feeds')).toEqual([{ n: 0 }]);
    const good = await app.gql(SET_FEEDS, { input: { campaignId, unitIds: [unitId], fed: true } }, admin);
    expect(good.data?.setCampaignRecordFeeds).toEqual({ fedUnitCount: 1, userErrors: [] });
  });

  it('lists the units a campaign feeds from records, to an administrator only', async () => {
    const unitId = await phuong4(true);
    expect((await app.gql(FEEDS, { campaignId }, admin)).data?.campaignRecordFeeds).toEqual([unitId]);
    expect(
      (await app.gql(FEEDS, { campaignId: '00000000-0000-4000-8000-000000000000' }, admin)).data?.campaignRecordFeeds,
    ).toEqual([]);
    const viewer = await app.loginAs('xem@camau.demo');
    expect((await app.gql(FEEDS, { campaignId }, viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a unit fed from records does not report by hand in that campaign, by form or by file', async () => {
    const unitId = await phuong4(true);
    const values = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'].map((indicatorCode) => ({
      indicatorCode,
      numerator: 1,
      denominator: 2,
    }));
    const submitted = await app.gql(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { userErrors { code field message } } }`,
      { input: { campaignId, unitId, period: 1, values } },
      admin,
    );
    expect(submitted.data?.submitReport.userErrors).toEqual([
      {
        code: 'FED_BY_RECORDS',
        field: ['input', 'unitId'],
        message: "Phường 4's figures in this campaign come from dossier records; it does not report by hand.",
      },
    ]);
    const csv = [
      'unitCode,indicatorCode,numerator,denominator',
      ...values.map((v) => `32002,${v.indicatorCode},1,2`),
    ].join('\n');
    const imported = await app.gql(
      `mutation($input: ImportReportsInput!) { importReports(input: $input) { created userErrors { code field message } } }`,
      { input: { campaignId, period: 1, csv } },
      admin,
    );
    expect(imported.data?.importReports.userErrors).toEqual([
      {
        code: 'FED_BY_RECORDS',
        field: ['file', '2', 'unitCode'],
        message: "Row 2: Phường 4's figures in this campaign come from dossier records; it does not report by hand.",
      },
    ]);
  });

  it('an administrator uploads a CSV: stored, summarised with the rejected lines, and the fed unit recounted', async () => {
    await phuong4(true);
    const [{ id: digitization }] = await q(`SELECT id FROM indicators WHERE code = 'DIGITIZATION'`);
    await setIndicatorRecordRule(app.dataSource.manager, {
      indicatorId: digitization,
      numerator: 'DIGITISED',
      denominator: 'RESOLVED',
    });
    const csv = [
      HEADER,
      'DVC,U-1,32002,,2023-03-02T02:00:00Z,ONLINE,2023-03-02T05:00:00Z,1,1,0,0',
      'DVC,U-2,32002,,2023-03-02T03:00:00Z,IN_PERSON,2023-03-03T05:00:00Z,0,0,0,0',
      'DVC,U-3,NOPE,,2023-03-02T03:00:00Z,POST,,0,0,0,0',
    ].join('\n');
    expect((await upload(csv, null)).status).toBe(401);
    expect((await upload(csv, await app.loginAs('xem@camau.demo'))).status).toBe(403);
    // The GraphQL error shape, and (deprecated, for the web app's uploader) the former top-level error and message.
    const message = 'Give ?format=csv or ?format=ndjson.';
    expect(await (await upload(csv, admin, 'xml')).json()).toEqual({
      errors: [{ message, extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_FORMAT' } }],
      error: 'BAD_FORMAT',
      message,
    });
    const badFile = await upload('source,colour\nx,y\n', admin);
    expect(badFile.status).toBe(400);
    expect(await badFile.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', reason: 'BAD_FILE' } }],
      error: 'BAD_FILE',
    });

    const response = await upload(csv, admin);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { recompute: unknown };
    expect(body).toMatchObject({
      rows: 3,
      inserted: 2,
      updated: 0,
      rejected: 1,
      rejections: [{ line: 4, field: 'unit_code', reason: 'no unit has the code "NOPE"' }],
    });
    // Phường 4 fed: all 11 periods written (the feed queued every day), period 1 with the two dossiers.
    expect(body.recompute).toEqual({
      campaigns: 1,
      cells: 11,
      created: expect.any(Number),
      revised: expect.any(Number),
      unchanged: expect.any(Number),
    });
    const values = await q(
      `SELECT i.code, v.numerator::int, v.denominator::int FROM reports r JOIN units u ON u.id = r.unit_id
       JOIN report_values v ON v.report_id = r.id JOIN indicators i ON i.id = v.indicator_id
       WHERE u.code = '32002' AND r.campaign_id = $1 AND r.period_index = 1 ORDER BY i.code`,
      [campaignId],
    );
    // Only DIGITIZATION has a rule here: the other indicators have no data from records.
    expect(values).toEqual([
      { code: 'DIGITIZATION', numerator: 1, denominator: 2 },
      { code: 'ONLINE_PAYMENT', numerator: 0, denominator: 0 },
      { code: 'ONLINE_RESOLUTION', numerator: 0, denominator: 0 },
    ]);
    // The queue is empty now; naming the campaign recounts every cell of the units it feeds, changing nothing.
    expect((await app.gql(RECOMPUTE, {}, admin)).data?.recomputeRecordFigures).toEqual({
      recompute: { campaigns: 0, cells: 0, created: 0, revised: 0, unchanged: 0 },
      userErrors: [],
    });
    expect((await app.gql(RECOMPUTE, { campaignId }, admin)).data?.recomputeRecordFigures).toEqual({
      recompute: { campaigns: 1, cells: 11, created: 0, revised: 0, unchanged: 11 },
      userErrors: [],
    });
    expect(
      (await app.gql(RECOMPUTE, { campaignId: '00000000-0000-4000-8000-000000000000' }, admin)).data
        ?.recomputeRecordFigures.userErrors,
    ).toEqual([{ code: 'NOT_FOUND' }]);
  });
});
