import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { sheetXml, xlsxOf } from '../../../test/xlsx-files';
import { readSpreadsheet } from './spreadsheet-file';
import { SPREADSHEET_LIMITS } from './spreadsheet-limits';
import { withCellsPerRowLimit } from './xlsx-first-sheet';

const COLUMNS = ['code', 'name', 'count'] as const;
const request = { columns: COLUMNS, maxRows: 1_000 };

/** Text as people type it into a cell: Vietnamese, emoji, punctuation; trimmed and not empty. */
const cellText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .map((text) => text.replace(/[\u0000-\u001f\u007f"]/g, '').trim())
  .filter((text) => text.length > 0);
const rows = fc.array(fc.tuple(cellText, cellText, fc.integer({ min: 0, max: 1e9 })), { minLength: 1, maxLength: 60 });

const csvCell = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const csvOf = (lines: (string | number)[][]) => lines.map((line) => line.map(String).map(csvCell).join(',')).join('\n');

describe('reading an import file', () => {
  it('reads back what ExcelJS wrote and what CSV holds, the same rows with their numbers', async () => {
    await fc.assert(
      fc.asyncProperty(rows, async (lines) => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Đơn vị');
        sheet.addRow([...COLUMNS, 'note']);
        for (const line of lines) sheet.addRow([...line, 'ignored']);
        const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
        const expected = lines.map(([code, name, count], i) => ({ row: i + 2, cells: { code, name, count } }));
        const fromXlsx = await readSpreadsheet({ xlsx }, request);
        expect(fromXlsx).toEqual({ ok: true, value: { header: [...COLUMNS, 'note'], rows: expected } });
        const fromCsv = await readSpreadsheet({ csv: csvOf([[...COLUMNS], ...lines]) }, request);
        const asText = expected.map(({ row, cells }) => ({ row, cells: { ...cells, count: String(cells.count) } }));
        expect(fromCsv).toEqual({ ok: true, value: { header: [...COLUMNS], rows: asText } });
      }),
      { numRuns: 25 },
    );
  });

  it('refuses NUL and broken surrogates in any cell, naming its line', async () => {
    await fc.assert(
      fc.asyncProperty(
        rows,
        fc.nat(),
        fc.integer({ min: 0, max: 1 }),
        fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff', 'x\ud83d', '\ude00x'),
        async (lines, at, column, bad) => {
          const row = at % lines.length;
          const broken = lines.map((line) => [...line]);
          broken[row][column] = `${broken[row][column]}${bad}`;
          const read = await readSpreadsheet({ csv: csvOf([[...COLUMNS], ...broken]) }, request);
          expect(read).toMatchObject({
            ok: false,
            problem: {
              code: 'INVALID_TEXT',
              row: row + 2,
              message: expect.objectContaining({
                en: `Line ${row + 2} holds a NUL character or a broken UTF-16 surrogate.`,
              }),
            },
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses a CSV line over the limit, too many rows, and never throws on CSV it cannot parse', async () => {
    const long = await readSpreadsheet(
      { csv: `code,name\n1,${'x'.repeat(SPREADSHEET_LIMITS.lineChars + 1)}\n` },
      request,
    );
    expect(long).toEqual({
      ok: false,
      problem: {
        code: 'FILE_TOO_LARGE',
        row: 2,
        message: expect.objectContaining({ en: 'Line 2 is longer than 65536 characters.' }),
      },
    });
    const many = await readSpreadsheet(
      { csv: csvOf([['code'], ...Array.from({ length: 1_001 }, (_, i) => [i])]) },
      request,
    );
    expect(many).toEqual({
      ok: false,
      problem: {
        code: 'TOO_MANY_ROWS',
        message: expect.objectContaining({ en: 'A file may hold at most 1000 rows.' }),
      },
    });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (csv) => {
        const read = await readSpreadsheet({ csv }, request);
        expect(read.ok || ['MALFORMED_FILE', 'INVALID_TEXT'].includes(read.problem.code)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('answers MALFORMED_FILE, never an exception, for a workbook cut anywhere or with broken XML', async () => {
    const whole = await xlsxOf([{ name: 'S', chunks: [sheetXml([[...COLUMNS], ['A', 'Xã', 1]])] }]);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: whole.length - 1 }), async (cut) => {
        const read = await readSpreadsheet({ xlsx: whole.subarray(0, cut) }, request);
        expect(read).toMatchObject({ ok: false, problem: { code: 'MALFORMED_FILE' } });
      }),
      { numRuns: 60 },
    );
    const badReference = await xlsxOf([
      { name: 'S', chunks: [sheetXml([[...COLUMNS], ['&#0;', 'x', 1]]).replace('&amp;', '&')] },
    ]);
    expect(await readSpreadsheet({ xlsx: badReference }, request)).toMatchObject({
      ok: false,
      problem: { code: 'MALFORMED_FILE' },
    });
  });

  it('refuses a sheet row of more cells than the limit, however its XML is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 30 }),
        async (cellsPerRow, cuts) => {
          const xml = cellsPerRow
            .map((cells, i) => `<row r="${i + 1}">${'<c r="A1"><v>1</v></c><c/>'.slice(0, 22).repeat(cells)}</row>`)
            .join('<cols><col min="1"/></cols>');
          const chunks: string[] = [];
          for (let start = 0, i = 0; start < xml.length; start += cuts[i++ % cuts.length])
            chunks.push(xml.slice(start, start + cuts[i % cuts.length]));
          async function* source() {
            yield* chunks;
          }
          let passed = '';
          let refused = false;
          try {
            for await (const chunk of withCellsPerRowLimit(source(), 8)) passed += chunk;
          } catch {
            refused = true;
          }
          expect(refused).toBe(cellsPerRow.some((cells) => cells > 8));
          if (!refused) expect(passed).toBe(xml);
        },
      ),
      { numRuns: 200 },
    );
  });
});
