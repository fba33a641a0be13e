import { copyDemoCampaign } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';

const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) {
  outcome report { id submittedAt lastSubmittedAt revision timeliness period { index dueAt } unit { code }
    values { numerator denominator rate indicator { code } }
    revisions { revision submittedAt backfilled source submittedBy { email } previousValues { indicatorCode numerator } newValues { indicatorCode numerator denominator } } }
  userErrors { code field message } } }`;

export const values = (a: [number, number], b: [number, number], c: [number, number]) => [
  { indicatorCode: 'ONLINE_RESOLUTION', numerator: a[0], denominator: a[1] },
  { indicatorCode: 'DIGITIZATION', numerator: b[0], denominator: b[1] },
  { indicatorCode: 'ONLINE_PAYMENT', numerator: c[0], denominator: c[1] },
];

describe('weekly reports', () => {
  let app: TestApp;
  let admin: string;
  let reporter: string;
  let campaignId: string;
  const unitId = async (code: string) =>
    (await app.dataSource.query('SELECT id FROM units WHERE code = $1', [code]))[0].id as string;
  const codesOf = (result: { data?: Record<string, any> }) =>
    result.data?.submitReport.userErrors.map(
      (e: { code: string; field: string[] }) => `${e.code}@${e.field?.join('.')}`,
    );
  const countReports = async () => Number((await app.dataSource.query('SELECT count(*)::int AS n FROM reports'))[0].n);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    reporter = await app.loginAs('baocao@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
  });
  afterAll(() => app.close());

  describe('submitting', () => {
    it('lets the Đầm Dơi reporter submit for the district, late since 2023 is long past, with rates', async () => {
      const result = await app.gql(
        SUBMIT,
        {
          input: {
            campaignId,
            unitId: await unitId('970'),
            period: 1,
            values: values([7113, 23487], [40, 100], [0, 10]),
          },
        },
        reporter,
      );
      const report = result.data?.submitReport.report;
      expect(result.data?.submitReport.userErrors).toEqual([]);
      expect(result.data?.submitReport.outcome).toBe('CREATED');
      expect(report).toMatchObject({
        revision: 1,
        timeliness: 'LATE',
        period: { index: 1, dueAt: '2023-03-03T09:00:00.000Z' },
        unit: { code: '970' },
      });
      expect(
        report.values.map((v: { indicator: { code: string }; rate: number }) => [
          v.indicator.code,
          Math.round(v.rate * 100) / 100,
        ]),
      ).toEqual([
        ['ONLINE_RESOLUTION', 30.28],
        ['DIGITIZATION', 40],
        ['ONLINE_PAYMENT', 0],
      ]);
      expect(report.revisions).toEqual([
        expect.objectContaining({
          revision: 1,
          backfilled: false,
          source: 'FORM',
          submittedBy: { email: 'baocao@camau.demo' },
          previousValues: null,
        }),
      ]);
    });

    it('lets the reporter submit for a commune of Đầm Dơi, but answers FORBIDDEN for another district', async () => {
      const commune = (
        await app.dataSource.query(
          `SELECT u.id FROM units u JOIN units p ON p.id = u.parent_id WHERE p.code = '970' LIMIT 1`,
        )
      )[0].id;
      const own = await app.gql(
        SUBMIT,
        { input: { campaignId, unitId: commune, period: 1, values: values([1, 2], [1, 2], [0, 0]) } },
        reporter,
      );
      expect(own.data?.submitReport.userErrors).toEqual([]);
      const other = await app.gql(
        SUBMIT,
        { input: { campaignId, unitId: await unitId('964'), period: 1, values: values([1, 2], [1, 2], [0, 0]) } },
        reporter,
      );
      expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const board = await app.loginAs('hoidong@camau.demo');
      const byBoard = await app.gql(
        SUBMIT,
        { input: { campaignId, unitId: await unitId('964'), period: 1, values: [] } },
        board,
      );
      expect(byBoard.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('keeps the first submission time on revision, and every revision with old and new values', async () => {
      // Its own report (Đầm Dơi, period 4), first submitted here.
      const id = await unitId('970');
      const created = await app.gql(
        SUBMIT,
        { input: { campaignId, unitId: id, period: 4, values: values([7113, 23487], [40, 100], [0, 10]) } },
        reporter,
      );
      expect(created.data?.submitReport).toMatchObject({ outcome: 'CREATED', report: { revision: 1 } });
      const revised = await app.gql(
        SUBMIT,
        { input: { campaignId, unitId: id, period: 4, values: values([7200, 23487], [40, 100], [1, 10]) } },
        reporter,
      );
      const report = revised.data?.submitReport.report;
      expect(revised.data?.submitReport.outcome).toBe('REVISED');
      expect(report.revision).toBe(2);
      expect(report.submittedAt < report.lastSubmittedAt).toBe(true);
      expect(report.revisions[1]).toMatchObject({
        revision: 2,
        previousValues: [
          { indicatorCode: 'ONLINE_RESOLUTION', numerator: 7113 },
          { indicatorCode: 'DIGITIZATION', numerator: 40 },
          { indicatorCode: 'ONLINE_PAYMENT', numerator: 0 },
        ],
        newValues: [
          { indicatorCode: 'ONLINE_RESOLUTION', numerator: 7200, denominator: 23487 },
          expect.anything(),
          expect.anything(),
        ],
      });
      const same = await app.gql(
        SUBMIT,
        { input: { campaignId, unitId: id, period: 4, values: values([7200, 23487], [40, 100], [1, 10]) } },
        reporter,
      );
      expect(same.data?.submitReport).toMatchObject({ outcome: 'UNCHANGED', report: { revision: 2 } });
    });
  });

  describe('deadlines in Asia/Ho_Chi_Minh around Friday 16:00', () => {
    it.each([
      ['96-SNV', '2023-03-03T15:59:59+07:00', 'ON_TIME'],
      ['96-STP', '2023-03-03T16:00:00+07:00', 'ON_TIME'],
      ['96-STC', '2023-03-03T16:00:01+07:00', 'LATE'],
    ])('%s submitted at %s is %s', async (code, submittedAt, timeliness) => {
      const result = await app.gql(
        SUBMIT,
        {
          input: {
            campaignId,
            unitId: await unitId(code),
            period: 1,
            values: values([1, 1], [1, 1], [1, 1]),
            submittedAt,
          },
        },
        admin,
      );
      expect(result.data?.submitReport.report).toMatchObject({
        timeliness,
        revisions: [expect.objectContaining({ backfilled: true })],
      });
    });

    it('refuses submittedAt from a reporter', async () => {
      const result = await app.gql(
        SUBMIT,
        {
          input: {
            campaignId,
            unitId: await unitId('970'),
            period: 2,
            values: values([1, 1], [1, 1], [1, 1]),
            submittedAt: '2023-03-10T08:00:00Z',
          },
        },
        reporter,
      );
      expect(codesOf(result)).toEqual(['SUBMITTED_AT_NOT_ALLOWED@input.submittedAt']);
    });
  });

  describe('bad input writes nothing', () => {
    it.each([
      ['a negative count', { values: values([-1, 10], [1, 1], [1, 1]) }, ['NEGATIVE_COUNT@input.values.0.numerator']],
      [
        'a fractional count',
        { values: values([1.5, 10], [1, 1], [1, 1]) },
        ['FRACTIONAL_COUNT@input.values.0.numerator'],
      ],
      [
        'a numerator above its denominator',
        { values: values([11, 10], [1, 1], [1, 1]) },
        [expect.stringMatching(/^NUMERATOR_ABOVE_DENOMINATOR@input\.values\.0/)],
      ],
      [
        'an unknown indicator',
        { values: [...values([1, 1], [1, 1], [1, 1]), { indicatorCode: 'NOPE', numerator: 1, denominator: 1 }] },
        ['UNKNOWN_INDICATOR@input.values.3.indicatorCode'],
      ],
      [
        'a missing indicator',
        { values: values([1, 1], [1, 1], [1, 1]).slice(0, 2) },
        ['MISSING_INDICATOR@input.values'],
      ],
      ['period 0', { period: 0 }, ['PERIOD_OUT_OF_RANGE@input.period']],
      ['period 12 of 11', { period: 12 }, ['PERIOD_OUT_OF_RANGE@input.period']],
    ])('refuses %s', async (_name, change, expected) => {
      const before = await countReports();
      const input = {
        campaignId,
        unitId: await unitId('96-SYT'),
        period: 3,
        values: values([1, 1], [1, 1], [1, 1]),
        ...change,
      };
      expect(codesOf(await app.gql(SUBMIT, { input }, admin))).toEqual(expected);
      expect(await countReports()).toBe(before);
    });

    it('refuses a unit outside the campaign levels and an archived unit', async () => {
      const committee = await app.gql(
        SUBMIT,
        { input: { campaignId, unitId: await unitId('96'), period: 1, values: values([1, 1], [1, 1], [1, 1]) } },
        admin,
      );
      expect(codesOf(committee)).toEqual(['UNIT_NOT_IN_CAMPAIGN@input.unitId']);
      const created = await app.gql(
        `mutation { createUnit(input: {code: "OLD-1", name: "Cũ", levelKey: "commune"}) { unit { id } } }`,
        {},
        admin,
      );
      const id = created.data?.createUnit.unit.id;
      await app.gql(`mutation($id: ID!) { archiveUnit(input: {id: $id}) { userErrors { code } } }`, { id }, admin);
      const archived = await app.gql(
        SUBMIT,
        { input: { campaignId, unitId: id, period: 1, values: values([1, 1], [1, 1], [1, 1]) } },
        admin,
      );
      expect(codesOf(archived)).toEqual(['ARCHIVED_UNIT@input.unitId']);
    });
  });

  describe('concurrency', () => {
    it('applies 50 simultaneous submissions for different units, none lost', async () => {
      const units: { id: string }[] = await app.dataSource.query(
        `SELECT u.id FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = 'commune' AND u.archived_at IS NULL ORDER BY u.code LIMIT 50`,
      );
      const results = await Promise.all(
        units.map((unit) =>
          app.gql(
            SUBMIT,
            { input: { campaignId, unitId: unit.id, period: 5, values: values([1, 2], [1, 2], [1, 2]) } },
            admin,
          ),
        ),
      );
      expect(results.map((r) => r.data?.submitReport.outcome)).toEqual(Array(50).fill('CREATED'));
      expect(
        Number(
          (
            await app.dataSource.query(
              'SELECT count(*)::int AS n FROM reports WHERE campaign_id = $1 AND period_index = 5',
              [campaignId],
            )
          )[0].n,
        ),
      ).toBe(50);
    }, 30_000);

    it('applies 10 simultaneous revisions of one report, keeping every one in the history', async () => {
      const id = await unitId('966');
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          app.gql(
            SUBMIT,
            { input: { campaignId, unitId: id, period: 6, values: values([i, 100], [i, 100], [i, 100]) } },
            admin,
          ),
        ),
      );
      expect(results.every((r) => r.data?.submitReport.userErrors.length === 0)).toBe(true);
      const report = (
        await app.dataSource.query(
          `SELECT id, revision FROM reports WHERE campaign_id = $1 AND unit_id = $2 AND period_index = 6`,
          [campaignId, id],
        )
      )[0];
      expect(report.revision).toBe(10);
      const revisions = await app.dataSource.query(
        `SELECT revision FROM report_revisions WHERE report_id = $1 ORDER BY revision`,
        [report.id],
      );
      expect(revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }, 30_000);
  });

  describe('reading', () => {
    /** A copy of the campaign holding period 1 as the tests above leave it, read here whatever ran before. */
    let campaignId: string;

    beforeAll(async () => {
      campaignId = await copyDemoCampaign(app, 'Bản sao: đọc kỳ 1');
      const submit = async (code: string, token: string, submittedAt?: string) => {
        const input = { campaignId, unitId: await unitId(code), period: 1, values: values([1, 1], [1, 1], [1, 1]) };
        const result = await app.gql(SUBMIT, { input: { ...input, submittedAt } }, token);
        expect(result.data?.submitReport.outcome).toBe('CREATED');
      };
      await submit('970', reporter); // late: 2023 is long past
      await submit('96-SNV', admin, '2023-03-03T15:59:59+07:00');
      await submit('96-STP', admin, '2023-03-03T16:00:00+07:00');
      await submit('96-STC', admin, '2023-03-03T16:00:01+07:00');
    });

    it('lists the reports of a period, with their timeliness', async () => {
      const result = await app.gql(
        `query($campaignId: ID!) { reports(campaignId: $campaignId, period: 1, first: 100) { totalCount edges { node { unit { code } timeliness } } } }`,
        { campaignId },
        reporter,
      );
      const rows = result.data?.reports.edges.map(
        (e: { node: { unit: { code: string }; timeliness: string } }) => `${e.node.unit.code}:${e.node.timeliness}`,
      );
      expect(rows).toEqual(expect.arrayContaining(['96-SNV:ON_TIME', '96-STP:ON_TIME', '96-STC:LATE', '970:LATE']));
    });

    it('shows the status board of period 1: counts per level, and the units to remind', async () => {
      const result = await app.gql(
        `query($campaignId: ID!) { reportStatusBoard(campaignId: $campaignId, period: 1, levelKey: "province") {
          period { index } rows { unit { code } status } levels { level { key } onTime late missing notDue total } toRemind { code } } }`,
        { campaignId },
        admin,
      );
      const board = result.data?.reportStatusBoard;
      expect(board.rows).toHaveLength(19);
      const province = board.levels.find((l: { level: { key: string } }) => l.level.key === 'province');
      expect(province).toEqual({ level: { key: 'province' }, onTime: 2, late: 1, missing: 16, notDue: 0, total: 19 });
      const district = board.levels.find((l: { level: { key: string } }) => l.level.key === 'district');
      expect(district).toMatchObject({ late: 1, missing: 8, total: 9 });
      expect(board.toRemind.map((u: { code: string }) => u.code)).not.toContain('96-SNV');
      expect(board.toRemind.length).toBe(
        province.missing +
          district.missing +
          board.levels.find((l: { level: { key: string } }) => l.level.key === 'commune').missing,
      );
    });

    it('exports the status board as CSV with Vietnamese headers, and refuses it without a token', async () => {
      const url = `${app.url}/exports/report-status.csv?campaignId=${campaignId}&period=1&status=ON_TIME`;
      expect((await fetch(url)).status).toBe(401);
      const response = await fetch(url, { headers: { authorization: `Bearer ${admin}` } });
      const text = await response.text();
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const lines = text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines[0]).toBe('STT,Mã đơn vị,Đơn vị,Cấp,Trạng thái,Thời điểm nộp,Số lần nộp');
      expect(lines.slice(1)).toEqual([
        '1,96-SNV,Sở Nội vụ,Cấp tỉnh,Đúng hạn,03/03/2023 15:59,1',
        '2,96-STP,Sở Tư pháp,Cấp tỉnh,Đúng hạn,03/03/2023 16:00,1',
      ]);
      const districts = await fetch(
        `${app.url}/exports/report-status.csv?campaignId=${campaignId}&period=1&levelKey=district`,
        { headers: { authorization: `Bearer ${admin}` } },
      );
      expect((await districts.text()).trim().split('\r\n')).toHaveLength(1 + 9);
    });
  });

  it('refuses new dates that would leave a report outside the periods, and a return to DRAFT once there are reports', async () => {
    const update = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { campaign { endDate } userErrors { code field } } }`;
    // Its own campaign, with a report in period 7 (8/4 to 14/4): the campaign the other tests use keeps its dates.
    const campaignId = await copyDemoCampaign(app, 'Bản sao: đổi ngày');
    const report = await app.gql(
      SUBMIT,
      { input: { campaignId, unitId: await unitId('967'), period: 7, values: values([1, 1], [1, 1], [1, 1]) } },
      admin,
    );
    expect(report.data?.submitReport.outcome).toBe('CREATED');
    const shorter = await app.gql(update, { input: { id: campaignId, endDate: '2023-03-20' } }, admin);
    expect(shorter.data?.updateCampaign.userErrors).toEqual([
      { code: 'REPORTS_OUTSIDE_PERIODS', field: ['input', 'endDate'] },
    ]);
    const draft = await app.gql(update, { input: { id: campaignId, status: 'DRAFT' } }, admin);
    expect(draft.data?.updateCampaign.userErrors).toEqual([
      { code: 'CAMPAIGN_HAS_REPORTS', field: ['input', 'status'] },
    ]);
    const longer = await app.gql(update, { input: { id: campaignId, endDate: '2023-05-19' } }, admin);
    expect(longer.data?.updateCampaign).toEqual({ campaign: { endDate: '2023-05-19' }, userErrors: [] });
  });

  it('refuses any report once the campaign is closed', async () => {
    // Its own campaign: the one the other tests report in stays open.
    const campaignId = await copyDemoCampaign(app, 'Bản sao: đã đóng');
    const closed = await app.gql(
      `mutation($id: ID!) { updateCampaign(input: {id: $id, status: CLOSED}) { userErrors { code } } }`,
      { id: campaignId },
      admin,
    );
    expect(closed.data?.updateCampaign.userErrors).toEqual([]);
    const result = await app.gql(
      SUBMIT,
      { input: { campaignId, unitId: await unitId('970'), period: 2, values: values([1, 1], [1, 1], [1, 1]) } },
      reporter,
    );
    expect(codesOf(result)).toEqual(['CAMPAIGN_CLOSED@input.campaignId']);
  });
});
