import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../../test/harness';

const IMPORT = `mutation($input: ImportReportsInput!) { importReports(input: $input) { created revised userErrors { code field message } } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { id } userErrors { code } } }`;
const RANKING = `query($campaignId: ID!, $levelKey: String!, $asOfPeriod: Int) { ranking(campaignId: $campaignId, levelKey: $levelKey, asOfPeriod: $asOfPeriod) {
  rows { rank movement score unit { code } } } }`;
const WEEKLY = `query($campaignId: ID!, $period: Int, $targetSetKey: String) { weeklyReport(campaignId: $campaignId, period: $period, targetSetKey: $targetSetKey) {
  period { index startDate endDate dueAt } periodCount targetSet { key }
  heading { issuer placeName dateLine title subtitle }
  summary { level { key } unitCount indicators { indicator { code } numerator denominator rate target met shortfall } }
  levels { level { key name } cohortSize
    rows { rank movement score class { name } unit { code name } indicators { indicator { code } numerator denominator rate target met } reports { onTime late missing } }
    top { rank unit { code } } bottom { rank unit { code } } }
  lateUnits { unit { code name } level { key } status submittedAt }
  missingUnits { unit { code name } level { key } status }
  zeroRateUnits { unit { code } level { key } indicator { code } denominator } } }`;

interface Figure {
  indicator: { code: string };
  numerator: number;
  denominator: number;
  rate: number | null;
  target: number | null;
  met: boolean | null;
}
interface Row {
  rank: number | null;
  movement: number | null;
  score: number | null;
  class: { name: string } | null;
  unit: { code: string; name: string };
  indicators: Figure[];
}

const ON_TIME_1 = '2023-03-03T08:00:00Z'; // period 1 is due Friday 3/3 16:00 in Cà Mau (09:00 UTC)
const ON_TIME_2 = '2023-03-10T08:00:00Z';
const LATE_2 = '2023-03-11T02:00:00Z'; // Saturday morning: after period 2's due time

describe('the weekly report to the chairman', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  let districts: { code: string; name: string }[];
  let agencies: string[];

  const unitsOf = async (level: string): Promise<{ code: string; name: string }[]> =>
    app.dataSource.query(
      `SELECT u.code, u.name FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = $1 AND u.archived_at IS NULL ORDER BY u.code`,
      [level],
    );

  async function importReports(
    period: number,
    submittedAt: string,
    rows: [string, [number, number], [number, number], [number, number]][],
  ): Promise<void> {
    const lines = ['unitCode,indicatorCode,numerator,denominator'];
    for (const [code, online, digitised, paid] of rows) {
      lines.push(
        `${code},ONLINE_RESOLUTION,${online.join(',')}`,
        `${code},DIGITIZATION,${digitised.join(',')}`,
        `${code},ONLINE_PAYMENT,${paid.join(',')}`,
      );
    }
    const result = await app.gql(IMPORT, { input: { campaignId, period, csv: lines.join('\n'), submittedAt } }, admin);
    expect(result.data?.importReports.userErrors).toEqual([]);
  }

  const weekly = async (variables: Record<string, unknown>, token = admin) =>
    app.gql(WEEKLY, { campaignId, ...variables }, token);
  const download = async (query: string, token: string | null = admin) =>
    fetch(`${app.url}/exports/weekly-report.xlsx?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
    // Whatever history the demo holds, this scenario starts from a campaign without reports.
    const reports = `SELECT id FROM reports WHERE campaign_id = $1`;
    await app.dataSource.query(`DELETE FROM report_values WHERE report_id IN (${reports})`, [campaignId]);
    await app.dataSource.query(`DELETE FROM report_revisions WHERE report_id IN (${reports})`, [campaignId]);
    await app.dataSource.query(`DELETE FROM reports WHERE campaign_id = $1`, [campaignId]);
    // The figures below are the capped score's (the weekly report shows whatever the ranking scores; the demo's
    // bonus and penalties are tested with the ranking, in scoring.int-spec.ts).
    await app.dataSource.query('UPDATE campaigns SET scoring = NULL WHERE id = $1', [campaignId]);
    districts = await unitsOf('district');
    agencies = (await unitsOf('province')).slice(0, 2).map((unit) => unit.code);
    // Nine districts: district i resolves i×10 of 100 dossiers online in period 1 and 50 of 100 in period 2; the
    // first pays nothing online (0%); the eighth reports period 2 late, the ninth not at all.
    const paid = (i: number): [number, number] => (i === 0 ? [0, 100] : [35, 100]);
    await importReports(1, ON_TIME_1, [
      ...districts.map(
        (unit, i) =>
          [unit.code, [i * 10, 100], [70, 100], paid(i)] as [
            string,
            [number, number],
            [number, number],
            [number, number],
          ],
      ),
      ...agencies.map(
        (code) =>
          [code, [90, 100], [90, 100], [50, 100]] as [string, [number, number], [number, number], [number, number]],
      ),
    ]);
    await importReports(2, ON_TIME_2, [
      ...districts
        .slice(0, 7)
        .map(
          (unit, i) =>
            [unit.code, [50, 100], [70, 100], paid(i)] as [
              string,
              [number, number],
              [number, number],
              [number, number],
            ],
        ),
      ...agencies.map(
        (code) =>
          [code, [90, 100], [90, 100], [50, 100]] as [string, [number, number], [number, number], [number, number]],
      ),
    ]);
    await importReports(2, LATE_2, [[districts[7].code, [50, 100], [70, 100], [35, 100]]]);
  }, 60_000);
  afterAll(() => app.close());

  it('holds the district level at 760 of 1.700 dossiers online (44,71%) against its 70% target as of period 2', async () => {
    const result = await weekly({ period: 2 });
    expect(result.errors).toBeUndefined();
    const report = result.data?.weeklyReport;
    expect(report).toMatchObject({
      period: { index: 2, startDate: '2023-03-04', endDate: '2023-03-10' },
      periodCount: 11,
      targetSet: { key: 'campaign' },
    });
    const district = report.summary.find((entry: { level: { key: string } | null }) => entry.level?.key === 'district');
    expect(district.unitCount).toBe(9);
    const online = district.indicators.find((figure: Figure) => figure.indicator.code === 'ONLINE_RESOLUTION');
    expect(online).toMatchObject({ numerator: 760, denominator: 1700, target: 70, met: false, shortfall: 430 });
    expect(online.rate).toBeCloseTo((760 / 1700) * 100, 10);
    const all = report.summary.find((entry: { level: unknown }) => entry.level === null);
    expect(all.indicators[0]).toMatchObject({ numerator: 760 + 360, denominator: 1700 + 400, target: null, met: null });
  });

  it('scores each district as the ranking does: the ninth at 100 on top, the first at 45,24 and 0% online payment last', async () => {
    const report = (await weekly({ period: 2 })).data?.weeklyReport;
    const level = report.levels.find((entry: { level: { key: string } }) => entry.level.key === 'district');
    expect(level.cohortSize).toBe(9);
    const rows: Row[] = level.rows;
    expect(rows[0]).toMatchObject({
      rank: 1,
      score: 100,
      class: { name: 'Xuất sắc' },
      unit: { code: districts[8].code },
    });
    const last = rows[rows.length - 1];
    expect(last).toMatchObject({ rank: 9, class: { name: 'Yếu' }, unit: { code: districts[0].code } });
    // 50 of 200 online (25% of a 70% target), digitisation met, 0% paid online: 100 × (25/70 + 1 + 0) ÷ 3.
    expect(last.score).toBeCloseTo((100 * (25 / 70 + 1 + 0)) / 3, 10);
    // Ranks, movements and scores are the ranking's own.
    const ranking = (await app.gql(RANKING, { campaignId, levelKey: 'district', asOfPeriod: 2 }, admin)).data?.ranking
      .rows;
    expect(
      rows.map(({ rank, movement, score, unit }) => ({ rank, movement, score, unit: { code: unit.code } })),
    ).toEqual(ranking);
    expect(rows.some((row) => row.movement !== null && row.movement !== 0)).toBe(true);
    expect(level.top.map((row: { rank: number }) => row.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(level.bottom.map((row: { rank: number }) => row.rank)).toEqual([6, 7, 8, 9]);
    expect(level.bottom[3].unit.code).toBe(districts[0].code);
  });

  it('names the late district, the missing ones and the unit at 0%', async () => {
    const report = (await weekly({ period: 2 })).data?.weeklyReport;
    expect(report.lateUnits).toEqual([
      { unit: districts[7], level: { key: 'district' }, status: 'LATE', submittedAt: '2023-03-11T02:00:00.000Z' },
    ]);
    const missing = report.missingUnits.map((entry: { unit: { code: string } }) => entry.unit.code);
    expect(missing).toContain(districts[8].code);
    expect(missing).not.toContain(districts[7].code);
    expect(missing).not.toContain(agencies[0]);
    // 17 provincial agencies and 101 communes without a report, and the ninth district.
    expect(missing).toHaveLength(17 + 101 + 1);
    expect(report.zeroRateUnits).toEqual([
      {
        unit: { code: districts[0].code },
        level: { key: 'district' },
        indicator: { code: 'ONLINE_PAYMENT' },
        denominator: 200,
      },
    ]);
  });

  it("heads the report with the committee and the date line of the period's due Friday", async () => {
    const period2 = (await weekly({ period: 2 })).data?.weeklyReport.heading;
    expect(period2).toMatchObject({
      issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH CÀ MAU'],
      placeName: 'Cà Mau',
      dateLine: 'Cà Mau, ngày 10 tháng 3 năm 2023',
      title: 'BÁO CÁO TUẦN',
    });
    expect(period2.subtitle).toMatch(/, kỳ 2 \(từ 04\/03\/2023 đến 10\/03\/2023\)$/);
    // The last period ends on Tuesday 9/5 and is due on Friday 12/5.
    const period11 = (await weekly({ period: 11 })).data?.weeklyReport.heading;
    expect(period11.dateLine).toBe('Cà Mau, ngày 12 tháng 5 năm 2023');
  });

  it("exports the report as XLSX that reads back with the level rate, a unit's score, the late and missing names and the date line", async () => {
    const response = await download(`campaignId=${campaignId}&period=2`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('bao-cao-tuan-ky-2.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp',
      'Cấp tỉnh',
      'Cấp huyện',
      'Cấp xã',
      'Chậm, chưa nộp',
      'Tỷ lệ 0%',
    ]);

    const summary = workbook.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    const cells = (sheet: ExcelJS.Worksheet) => {
      const found: ExcelJS.Row[] = [];
      sheet.eachRow((row) => found.push(row));
      return found;
    };
    const texts = cells(summary).flatMap((row) =>
      (row.values as unknown[]).filter((value) => typeof value === 'string'),
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        'ỦY BAN NHÂN DÂN',
        'TỈNH CÀ MAU',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'BÁO CÁO TUẦN',
      ]),
    );
    expect(texts).toContain('Cà Mau, ngày 10 tháng 3 năm 2023');
    const onlineName = (await app.dataSource.query(`SELECT name FROM indicators WHERE code = 'ONLINE_RESOLUTION'`))[0]
      .name;
    const districtRow = cells(summary).find(
      (row) => row.getCell(2).value === 'Cấp huyện' && row.getCell(3).value === onlineName,
    ) as ExcelJS.Row;
    expect(districtRow.getCell(4).value).toBe(1700);
    expect(districtRow.getCell(5).value).toBe(760);
    expect(districtRow.getCell(6).value).toBeCloseTo((760 / 1700) * 100, 10);
    expect(districtRow.getCell(6).numFmt).toBe('#,##0.00');
    expect(districtRow.getCell(7).value).toBe(70);
    expect(districtRow.getCell(8).value).toBe('Không đạt');

    const level = workbook.getWorksheet('Cấp huyện') as ExcelJS.Worksheet;
    const firstDistrict = cells(level).find((row) => row.getCell(2).value === districts[0].code) as ExcelJS.Row;
    expect(firstDistrict.getCell(3).value).toBe(districts[0].name);
    expect(firstDistrict.getCell(4).value).toBe(9);
    expect(firstDistrict.getCell(6).value).toBeCloseTo((100 * (25 / 70 + 1 + 0)) / 3, 10);
    expect(firstDistrict.getCell(7).value).toBe('Yếu');

    const status = workbook.getWorksheet('Chậm, chưa nộp') as ExcelJS.Worksheet;
    const statusRows = cells(status)
      .slice(2)
      .map((row) => [row.getCell(3).value, row.getCell(5).value]);
    expect(statusRows[0]).toEqual([districts[7].name, 'Trễ hạn']);
    expect(statusRows).toContainEqual([districts[8].name, 'Chưa nộp']);
    expect(statusRows).toHaveLength(1 + 119);
    expect(cells(status)[2].getCell(6).value).toBe('11/03/2023 09:00');

    const zero = workbook.getWorksheet('Tỷ lệ 0%') as ExcelJS.Worksheet;
    expect([zero.getRow(4).getCell(3).value, zero.getRow(4).getCell(6).value]).toEqual([districts[0].name, 200]);
  });

  it('lets the board, viewers and read:rankings tokens read it, not a reporter; refuses a period the campaign lacks', async () => {
    const reporter = await app.loginAs('baocao@camau.demo');
    expect((await weekly({ period: 2 }, reporter)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await weekly({ period: 2 }, await app.loginAs('xem@camau.demo'))).errors).toBeUndefined();
    expect((await download(`campaignId=${campaignId}&period=2`, reporter)).status).toBe(403);
    expect((await download(`campaignId=${campaignId}&period=2`, null)).status).toBe(401);
    const token = (
      await app.gql(
        `mutation { createApiToken(input: {name: "chairman's office", scopes: ["read:rankings"]}) { token } }`,
        {},
        admin,
      )
    ).data?.createApiToken.token;
    expect((await download(`campaignId=${campaignId}&period=2`, token)).status).toBe(200);
    const refused = await download(`campaignId=${campaignId}&period=12`);
    expect(refused.status).toBe(400);
    expect((await weekly({ period: 12 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await weekly({ period: 2, targetSetKey: 'nope' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads the report in the same number of queries with 101 communes and with 104', async () => {
    const count = async () => {
      const before = app.queryCount();
      const result = await weekly({ period: 2 });
      expect(result.errors).toBeUndefined();
      return app.queryCount() - before;
    };
    await count();
    const before = await count();
    const parentId = (await app.dataSource.query(`SELECT id FROM units WHERE code = $1`, [districts[0].code]))[0].id;
    const added = ['99991', '99992', '99993'];
    try {
      for (const code of added) {
        const created = await app.gql(
          CREATE_UNIT,
          { input: { code, name: `Xã thử ${code}`, levelKey: 'commune', parentId } },
          admin,
        );
        expect(created.data?.createUnit.userErrors).toEqual([]);
      }
      expect(await count()).toBe(before);
      expect(before).toBeLessThanOrEqual(30);
    } finally {
      // Back to 101 communes: the other tests count the units without a report.
      await app.dataSource.query(`DELETE FROM units WHERE code = ANY($1)`, [added]);
    }
  });
});
