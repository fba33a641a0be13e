import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { browserSuite } from './support/suite';
import { screenshot, SCREENSHOT_DIR } from './support/browser';
import { expectNoSeriousViolations, gql, logIn, tokenFor } from './support/session';

const CAMPAIGN = 'Chiến dịch cao điểm 69 ngày đêm';
const HEAVY = 150_000;
const PROVINCE = [
  '96-VPUBND',
  '96-SNV',
  '96-STP',
  '96-SKHDT',
  '96-STC',
  '96-SCT',
  '96-SNNPTNT',
  '96-SGTVT',
  '96-SXD',
  '96-STNMT',
  '96-STTTT',
  '96-SLDTBXH',
  '96-SVHTTDL',
  '96-SKHCN',
  '96-SGDDT',
  '96-SYT',
  '96-TTT',
  '96-BDT',
  '96-BQLKKT',
];
const DISTRICTS = ['964', '966', '967', '968', '969', '970', '971', '972', '973'];
const LATE = '972';
const MISSING = '973';
const ZERO = '970';

/**
 * District i resolves i×10 of 100 dossiers online in period 1 and 50 of 100 in period 2 (760 of 1.700 together);
 * Đầm Dơi (970) pays nothing online; 972 reports period 2 late, 973 not at all; every agency reports on time.
 */
function csv(period: 1 | 2, districts: string[], agencies: string[]): string {
  const rows = ['unitCode,indicatorCode,numerator,denominator'];
  for (const code of agencies)
    rows.push(`${code},ONLINE_RESOLUTION,90,100`, `${code},DIGITIZATION,90,100`, `${code},ONLINE_PAYMENT,50,100`);
  for (const code of districts) {
    const online = period === 1 ? DISTRICTS.indexOf(code) * 10 : 50;
    rows.push(
      `${code},ONLINE_RESOLUTION,${online},100`,
      `${code},DIGITIZATION,70,100`,
      `${code},ONLINE_PAYMENT,${code === ZERO ? '0,50' : '35,100'}`,
    );
  }
  return rows.join('\n');
}

describe('the provincial office prints the weekly report to the chairman and downloads it as XLSX', () => {
  const suite = browserSuite();
  const names = new Map<string, string>();

  beforeAll(async () => {
    const token = await tokenFor(suite.server, 'admin@camau.demo');
    const { campaigns } = await gql<{ campaigns: { edges: { node: { id: string; name: string } }[] } }>(
      suite.server,
      token,
      'query { campaigns(first: 10) { edges { node { id name } } } }',
    );
    const campaignId = campaigns.edges.map((edge) => edge.node).find((node) => node.name.startsWith(CAMPAIGN))?.id;
    // The figures below are the capped score's: this scenario runs without the demo's bonus and penalties.
    const { campaign } = await gql<{ campaign: { version: number } }>(
      suite.server,
      token,
      'query($id: ID!) { campaign(id: $id) { version } }',
      { id: campaignId },
    );
    const cleared = await gql<{ updateCampaign: { userErrors: unknown[] } }>(
      suite.server,
      token,
      'mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { userErrors { code } } }',
      { input: { id: campaignId, version: campaign.version, scoring: {} } },
    );
    expect(cleared.updateCampaign.userErrors).toEqual([]);
    const IMPORT =
      'mutation($input: ImportReportsInput!) { importReports(input: $input) { created userErrors { code field message } } }';
    for (const [period, districts, agencies, submittedAt] of [
      [1, DISTRICTS, PROVINCE, '2023-03-03T08:00:00Z'],
      [2, DISTRICTS.filter((code) => code !== LATE && code !== MISSING), PROVINCE, '2023-03-10T08:00:00Z'],
      [2, [LATE], [], '2023-03-11T02:00:00Z'],
    ] as [1 | 2, string[], string[], string][]) {
      const input = { campaignId, period, csv: csv(period, districts, agencies), submittedAt };
      const result = await gql<{ importReports: { created: number; userErrors: unknown[] } }>(
        suite.server,
        token,
        IMPORT,
        { input },
      );
      expect(result.importReports.userErrors).toEqual([]);
    }
    const { units } = await gql<{ units: { edges: { node: { code: string; name: string } }[] } }>(
      suite.server,
      token,
      'query { units(levelKey: "district", first: 50) { edges { node { code name } } } }',
    );
    for (const { node } of units.edges) names.set(node.code, node.name);
  }, 120_000);

  it(
    'opens the report from the campaign, picks period 2 and reads the figures',
    async () => {
      await suite.page.goto(`${suite.server.url}/campaigns`);
      await logIn(suite.page, 'admin@camau.demo');
      await suite.page.getByRole('main').getByRole('link', { name: CAMPAIGN }).click();
      await suite.page
        .getByRole('navigation', { name: 'Các phần của chiến dịch' })
        .getByRole('link', { name: 'Báo cáo tuần', exact: true })
        .click();
      // Without ?period= the report is of the last period whose due time has passed: the 11th, due Friday 12/5.
      await suite.page.getByRole('heading', { name: 'BÁO CÁO TUẦN', level: 1, exact: true }).waitFor();
      await suite.page.getByText('Cà Mau, ngày 12 tháng 5 năm 2023').waitFor();
      await suite.page.getByLabel('Kỳ báo cáo').selectOption('2');
      await suite.page.getByText('Cà Mau, ngày 10 tháng 3 năm 2023').waitFor();
      expect(new URL(suite.page.url()).searchParams.get('period')).toBe('2');
      await suite.page.getByText('ỦY BAN NHÂN DÂN', { exact: true }).waitFor();
      await suite.page.getByText('TỈNH CÀ MAU', { exact: true }).waitFor();
      await suite.page.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').waitFor();

      const districtOnline = suite.page.locator('tr[data-level="district"][data-indicator="ONLINE_RESOLUTION"]');
      expect(await districtOnline.getByRole('cell').allTextContents()).toEqual(
        ['Giải quyết hồ sơ trực tuyến', '1.700', '760', '44,71', '70,00', 'Không đạt', '430'].map((text, i) =>
          i === 0 ? expect.any(String) : text,
        ),
      );
      const status = suite.page.getByRole('table', { name: 'III. Đơn vị nộp báo cáo chậm, chưa nộp' });
      const late = status
        .getByRole('row')
        .filter({ has: suite.page.getByRole('rowheader', { name: names.get(LATE) }) });
      expect(await late.getByRole('cell').allTextContents()).toEqual([
        expect.any(String),
        'Cấp huyện',
        'Trễ hạn',
        '11/03/2023 09:00',
      ]);
      await status.getByRole('rowheader', { name: names.get(MISSING) }).waitFor();
      await suite.page.getByText('1 đơn vị trễ hạn, 102 đơn vị chưa nộp.').waitFor();
      const zero = suite.page.getByRole('table', { name: 'IV. Đơn vị có tỷ lệ 0%' });
      await zero.getByRole('rowheader', { name: names.get(ZERO) }).waitFor();
      const districts = suite.page.getByRole('table', { name: /^Cấp huyện: 9 đơn vị/ });
      const top = districts
        .getByRole('row')
        .filter({ has: suite.page.getByRole('rowheader', { name: names.get('973') }) });
      // 973 reported only period 1, at 80% online: every target met, 100 points, first.
      expect((await top.getByRole('cell').allTextContents()).slice(1, 2)).toEqual(['1']);
      await top.getByText('100,00').waitFor();
      await screenshot(suite.page, '80-weekly-report');
      await expectNoSeriousViolations(suite.page);
    },
    HEAVY,
  );

  it(
    'prints on A4 without the navigation and the buttons, and saves a PDF',
    async () => {
      await suite.page.emulateMedia({ media: 'print' });
      expect(await suite.page.getByRole('button', { name: 'In / Lưu PDF' }).isVisible()).toBe(false);
      expect(await suite.page.getByRole('button', { name: 'Tải XLSX' }).isVisible()).toBe(false);
      expect(await suite.page.getByRole('navigation', { name: 'Điều hướng chính' }).isVisible()).toBe(false);
      expect(await suite.page.getByText('Cà Mau, ngày 10 tháng 3 năm 2023').isVisible()).toBe(true);
      await screenshot(suite.page, '81-weekly-report-print');
      await suite.page.emulateMedia({ media: 'screen' });
      const pdf = await suite.page.pdf({ format: 'A4', preferCSSPageSize: true });
      fs.writeFileSync(path.join(SCREENSHOT_DIR, '81-weekly-report.pdf'), pdf);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThan(1);
    },
    HEAVY,
  );

  it(
    'downloads the XLSX, which reads back with the same figures',
    async () => {
      const [download] = await Promise.all([
        suite.page.waitForEvent('download'),
        suite.page.getByRole('button', { name: 'Tải XLSX' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('bao-cao-tuan-ky-2.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Tổng hợp',
        'Cấp tỉnh',
        'Cấp huyện',
        'Cấp xã',
        'Chậm, chưa nộp',
        'Tỷ lệ 0%',
      ]);
      const summary = workbook.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
      const rows: ExcelJS.Row[] = [];
      summary.eachRow((row) => rows.push(row));
      expect(
        rows.some((row) => row.values && (row.values as unknown[]).includes('Cà Mau, ngày 10 tháng 3 năm 2023')),
      ).toBe(true);
      const district = rows.find((row) => row.getCell(2).value === 'Cấp huyện') as ExcelJS.Row;
      expect([district.getCell(4).value, district.getCell(5).value, district.getCell(7).value]).toEqual([
        1700, 760, 70,
      ]);
      expect(district.getCell(6).value).toBeCloseTo((760 / 1700) * 100, 10);
      const status = workbook.getWorksheet('Chậm, chưa nộp') as ExcelJS.Worksheet;
      expect([status.getRow(4).getCell(3).value, status.getRow(4).getCell(5).value]).toEqual([
        names.get(LATE),
        'Trễ hạn',
      ]);
      const missing: unknown[] = [];
      status.eachRow((row) => row.getCell(5).value === 'Chưa nộp' && missing.push(row.getCell(3).value));
      expect(missing).toHaveLength(102);
      expect(missing).toContain(names.get(MISSING));
    },
    HEAVY,
  );
});
