import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../../test/harness';

const IMPORT = `mutation($input: ImportReportsInput!) { importReports(input: $input) { created revised unchanged userErrors { code field message } } }`;
const CODES = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'];

/** Rows of a report file: every unit gets the three indicators with `n` of `d` dossiers. */
function fileRows(unitCodes: string[], n = 3, d = 10): string[][] {
  return unitCodes.flatMap((code) => CODES.map((indicator) => [code, indicator, String(n), String(d)]));
}
const toCsv = (rows: string[][]) =>
  ['unitCode,indicatorCode,numerator,denominator', ...rows.map((row) => row.join(','))].join('\n');

describe('importing one period of reports', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  let districts: string[];
  const countReports = async () => Number((await app.dataSource.query('SELECT count(*)::int AS n FROM reports'))[0].n);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
    districts = (
      await app.dataSource.query(
        `SELECT u.code FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = 'district' ORDER BY u.code`,
      )
    ).map((r: { code: string }) => r.code);
  });
  afterAll(() => app.close());

  it('creates the reports of a CSV file, then changes nothing when the same file comes again', async () => {
    const csv = toCsv(fileRows(districts));
    const first = await app.gql(IMPORT, { input: { campaignId, period: 2, csv } }, admin);
    expect(first.data?.importReports).toEqual({ created: 9, revised: 0, unchanged: 0, userErrors: [] });
    const again = await app.gql(IMPORT, { input: { campaignId, period: 2, csv } }, admin);
    expect(again.data?.importReports).toEqual({ created: 0, revised: 0, unchanged: 9, userErrors: [] });
    const revisions = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM report_revisions v JOIN reports r ON r.id = v.report_id WHERE r.period_index = 2`,
    );
    expect(revisions[0].n).toBe(9);
  });

  it('answers a file of 100.000 rows for one unit at once, with the first 499 problems and how many more', async () => {
    // Before: rows were gathered per unit by copying (5·10⁹ row copies here: minutes) and every problem was answered.
    const rows = Array.from({ length: 100_000 }, (_, i) => [districts[0], CODES[i % 3], '1', '2']);
    const before = await countReports();
    const result = await app.gql(IMPORT, { input: { campaignId, period: 3, csv: toCsv(rows) } }, admin);
    const errors = result.data?.importReports.userErrors;
    expect(errors).toHaveLength(500);
    expect(errors[499]).toMatchObject({ code: 'TOO_MANY_ERRORS', field: ['file'] });
    expect(errors[499].message).toMatch(/^And \d+ more problems/);
    expect(new Set(errors.slice(0, 499).map((error: { code: string }) => error.code))).toEqual(
      new Set(['DUPLICATE_INDICATOR']),
    );
    expect(await countReports()).toBe(before);
  }, 60_000);

  it('revises the reports whose figures changed, from an XLSX file', async () => {
    // Its own period's reports, first imported from CSV.
    const csv = toCsv(fileRows(districts));
    const first = await app.gql(IMPORT, { input: { campaignId, period: 5, csv } }, admin);
    expect(first.data?.importReports).toEqual({ created: 9, revised: 0, unchanged: 0, userErrors: [] });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Báo cáo');
    sheet.addRow(['unitCode', 'indicatorCode', 'numerator', 'denominator']);
    for (const row of fileRows(districts)) sheet.addRow([row[0], row[1], Number(row[2]), Number(row[3])]);
    sheet.getRow(2).getCell(3).value = 4;
    const xlsxBase64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const result = await app.gql(IMPORT, { input: { campaignId, period: 5, xlsxBase64 } }, admin);
    expect(result.data?.importReports).toEqual({ created: 0, revised: 1, unchanged: 8, userErrors: [] });
  });

  it('refuses a file of 10.002 rows with 3 bad ones, naming exactly those 3, then applies the corrected file whole', async () => {
    const unitCsv = [
      'code,name,levelKey,parentCode',
      ...Array.from({ length: 3334 }, (_, i) => `BULK-${i},Xã ${i},commune,970`),
    ].join('\n');
    const units = await app.gql(
      `mutation($csv: String!) { importUnits(input: {csv: $csv}) { created userErrors { code } } }`,
      { csv: unitCsv },
      admin,
    );
    expect(units.data?.importUnits.created).toBe(3334);
    const rows = fileRows(Array.from({ length: 3334 }, (_, i) => `BULK-${i}`));
    expect(rows.length).toBe(10_002);
    const bad = rows.map((row) => [...row]);
    bad[99][2] = '-1';
    bad[4999][1] = 'UNKNOWN';
    bad[8999][2] = '11';
    const before = await countReports();
    const refused = await app.gql(IMPORT, { input: { campaignId, period: 3, csv: toCsv(bad) } }, admin);
    const errors = refused.data?.importReports.userErrors.map(
      (e: { code: string; field: string[] }) => `${e.field.join('.')} ${e.code}`,
    );
    expect(errors).toEqual([
      'file.101.numerator NEGATIVE_COUNT',
      'file.5001.indicatorCode UNKNOWN_INDICATOR',
      expect.stringMatching(/^file\.9001\.\w+ NUMERATOR_ABOVE_DENOMINATOR$/),
    ]);
    expect(await countReports()).toBe(before);
    const applied = await app.gql(IMPORT, { input: { campaignId, period: 3, csv: toCsv(rows) } }, admin);
    expect(applied.data?.importReports).toEqual({ created: 3334, revised: 0, unchanged: 0, userErrors: [] });
  }, 120_000);

  it.each([
    ['unitCode,indicatorCode,numerator\nX,Y,1', 'MISSING_COLUMN'],
    ['unitCode,indicatorCode,numerator,denominator\n', 'EMPTY_FILE'],
    ['unitCode,indicatorCode,numerator,denominator\n"967,ONLINE_RESOLUTION,1,2', 'MALFORMED_FILE'],
  ])('refuses a bad file: %s', async (csv, code) => {
    const result = await app.gql(IMPORT, { input: { campaignId, period: 4, csv } }, admin);
    expect(result.data?.importReports.userErrors[0].code).toBe(code);
  });

  it('reports a non-numeric count and an unknown unit with their rows', async () => {
    const rows = fileRows(['964']);
    rows[1][3] = 'mười';
    rows.push(['NOPE', 'ONLINE_RESOLUTION', '1', '2']);
    const result = await app.gql(IMPORT, { input: { campaignId, period: 4, csv: toCsv(rows) } }, admin);
    expect(
      result.data?.importReports.userErrors.map(
        (e: { code: string; field: string[] }) => `${e.field.join('.')} ${e.code}`,
      ),
    ).toEqual(['file.3.denominator NOT_A_NUMBER', 'file.5.unitCode UNKNOWN_UNIT']);
  });

  it('answers FORBIDDEN to a reporter', async () => {
    const reporter = await app.loginAs('baocao@camau.demo');
    expect(
      (await app.gql(IMPORT, { input: { campaignId, period: 1, csv: 'x' } }, reporter)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });
});
