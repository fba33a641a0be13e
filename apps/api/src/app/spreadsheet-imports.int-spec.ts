import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../test/harness';
import { filler, repeatedRowsSheet, sheetXml, xlsxOf, zipOf, type SheetPart } from '../../test/xlsx-files';
import { parseCommandLine, runCommand, type CliIo } from './cli/cli';
import { importUnitsCommand } from './cli/import-units.command';
import { SPREADSHEET_LIMITS } from '../foundation/spreadsheets/spreadsheet-limits';

const IMPORT_REPORTS = `mutation($input: ImportReportsInput!) {
  importReports(input: $input) { created revised unchanged userErrors { code field message } } }`;
const IMPORT_UNITS = `mutation($csv: String!) {
  importUnits(input: {csv: $csv}) { created userErrors { code field message } } }`;
const REPORT_HEADER = ['unitCode', 'indicatorCode', 'numerator', 'denominator'];
const MB = 1 << 20;

type Refusal = { code: string; field: string[] };
interface TestFile {
  label: string;
  file: () => Promise<Buffer>;
  code: string;
}
/** A few cases of every kind. */
const samples = (kinds: fc.Arbitrary<TestFile>[], perKind: number) =>
  kinds.flatMap((kind, seed) => fc.sample(kind, { numRuns: perKind, seed }));

/** Bombs and broken files, each with the code it must be refused with. */
const bombs: fc.Arbitrary<TestFile>[] = [
  fc.integer({ min: 2, max: 8 }).map((sheets) => ({
    label: `${sheets} sheets of 70 MB`,
    code: 'FILE_TOO_LARGE',
    file: () => xlsxOf(Array.from({ length: sheets }, (_, i) => ({ name: `S${i}`, chunks: filler(70 * MB) }))),
  })),
  fc.integer({ min: 3, max: 6 }).map((sheets) => ({
    label: `${sheets} sheets of 48 MB (over the total)`,
    code: 'FILE_TOO_LARGE',
    file: () => xlsxOf(Array.from({ length: sheets }, (_, i) => ({ name: `S${i}`, chunks: filler(48 * MB) }))),
  })),
  fc.integer({ min: 1, max: 4 }).map((extra) => ({
    label: `${SPREADSHEET_LIMITS.zipEntries + extra} entries`,
    code: 'FILE_TOO_LARGE',
    file: () =>
      xlsxOf(
        [{ name: 'S', chunks: [sheetXml([REPORT_HEADER])] }],
        Array.from({ length: SPREADSHEET_LIMITS.zipEntries + extra }, (_, i) => ({
          name: `x/${i}.xml`,
          chunks: ['<a/>'],
        })),
      ),
  })),
  fc.record({ declared: fc.integer({ min: 1, max: 60_000 }), real: fc.integer({ min: 100, max: 400 }) }).map((lie) => ({
    label: `a sheet of ${lie.real} MB declaring ${lie.declared} bytes`,
    code: 'MALFORMED_FILE',
    file: () =>
      xlsxOf([
        {
          name: 'S',
          declaredSize: lie.declared,
          chunks: [sheetXml([REPORT_HEADER]).replace('</sheetData></worksheet>', ''), ...filler(lie.real * MB)],
        },
      ]),
  })),
  fc.integer({ min: 100_001, max: 140_000 }).map((rows) => ({
    label: `${rows} rows of figures`,
    code: 'TOO_MANY_ROWS',
    file: () => xlsxOf([{ name: 'S', chunks: repeatedRowsSheet(REPORT_HEADER, rows, () => ['970', 'X', 1, 2]) }]),
  })),
  fc.integer({ min: SPREADSHEET_LIMITS.cellsPerRow + 1, max: 200_000 }).map((cells) => ({
    label: `a row of ${cells} cells`,
    code: 'FILE_TOO_LARGE',
    file: () =>
      xlsxOf([
        {
          name: 'S',
          chunks: [
            sheetXml([REPORT_HEADER]).replace(
              '</sheetData>',
              `<row r="2">${'<c r="A2"/>'.repeat(cells)}</row></sheetData>`,
            ),
          ],
        },
      ]),
  })),
];

const brokenFiles: fc.Arbitrary<TestFile>[] = [
  fc.uint8Array({ minLength: 0, maxLength: 2000 }).map((bytes) => ({
    label: 'random bytes',
    code: 'MALFORMED_FILE',
    file: async () => Buffer.from(bytes),
  })),
  fc.double({ min: 0.05, max: 0.95, noNaN: true }).map((keep) => ({
    label: `a workbook cut at ${Math.round(keep * 100)}%`,
    code: 'MALFORMED_FILE',
    file: async () => {
      const whole = await xlsxOf([{ name: 'S', chunks: [sheetXml([REPORT_HEADER, ['970', 'X', 1, 2]])] }]);
      return whole.subarray(0, Math.floor(whole.length * keep));
    },
  })),
  fc.constantFrom('xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml').map((missing) => ({
    label: `a zip without ${missing}`,
    code: 'MALFORMED_FILE',
    file: async () => {
      const whole = [{ name: 'S', chunks: [sheetXml([REPORT_HEADER])] }];
      const parts = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml'].filter(
        (p) => p !== missing,
      );
      return zipOf((await partsOf(whole)).filter((part) => parts.includes(part.name)));
    },
  })),
  fc.constantFrom('&#0;', '&#xD800;', '&#xDFFF;', '\u0000', '<c r="Z9">').map((bad) => ({
    label: `a cell holding ${JSON.stringify(bad)}`,
    code: 'MALFORMED_FILE',
    // XML cannot carry NUL nor half a surrogate pair; the parser refuses them, as it refuses broken markup.
    file: () => xlsxOf([{ name: 'S', chunks: [sheetXml([REPORT_HEADER, ['BAD', 'X', 1, 2]]).replace('BAD', bad)] }]),
  })),
];

/** The parts xlsxOf writes for these sheets, for a test that leaves one out. */
async function partsOf(sheets: SheetPart[]) {
  const names = [
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    ...sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`),
  ];
  const yauzl = await import('yauzl');
  const zip = await yauzl.fromBufferPromise(await xlsxOf(sheets), { lazyEntries: true });
  const parts: { name: string; chunks: Buffer[] }[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', async (entry) => {
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      if (names.includes(entry.fileName)) parts.push({ name: entry.fileName, chunks });
      zip.readEntry();
    });
    zip.on('end', resolve);
    zip.on('error', reject);
    zip.readEntry();
  });
  return parts;
}

describe('an import file cannot exhaust the server', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  const count = async (table: string) =>
    (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const written = async () => ({
    reports: await count('reports'),
    units: await count('units'),
    audit: await count('audit_entries'),
  });

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
  });
  afterAll(() => app.close());

  const importReports = async (xlsx: Buffer) => {
    const answer = await app.gql(
      IMPORT_REPORTS,
      { input: { campaignId, period: 2, xlsxBase64: xlsx.toString('base64') } },
      admin,
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.importReports as { created: number; userErrors: Refusal[] };
  };

  it('refuses zip bombs with FILE_TOO_LARGE, lying headers with MALFORMED_FILE, and writes nothing', async () => {
    const before = await written();
    for (const bomb of samples(bombs, 2)) {
      const answer = await importReports(await bomb.file());
      expect({ label: bomb.label, created: answer.created, codes: answer.userErrors.map((e) => e.code) }).toEqual({
        label: bomb.label,
        created: 0,
        codes: [bomb.code],
      });
      expect(answer.userErrors[0].field?.[0]).toBe('file');
    }
    expect(await written()).toEqual(before);
    // Each bomb is built and uploaded whole (up to the 6 MB limit): minutes on a busy shared machine.
  }, 180_000);

  it('refuses files that are not workbooks, cut short, without their parts or with unstorable text', async () => {
    const before = await written();
    for (const broken of samples(brokenFiles, 5)) {
      const answer = await importReports(await broken.file());
      expect({ label: broken.label, codes: answer.userErrors.map((e) => e.code) }).toEqual({
        label: broken.label,
        codes: [broken.code],
      });
    }
    expect(await written()).toEqual(before);
  });

  it('refuses CSV with a line over 64 K characters, naming the row', async () => {
    const before = await written();
    const cases = fc.sample(
      fc.record({
        rows: fc.integer({ min: 1, max: 30 }),
        at: fc.nat(),
        column: fc.integer({ min: 0, max: 2 }),
        length: fc.integer({ min: SPREADSHEET_LIMITS.lineChars + 1, max: 3 * MB }),
      }),
      { numRuns: 8, seed: 3 },
    );
    for (const { rows, at, column, length } of cases) {
      const lines = Array.from({ length: rows }, (_, i) => [`T-${i}`, `Xã ${i}`, 'commune', '970']);
      const row = at % rows;
      lines[row][column] += 'x'.repeat(length);
      const csv = ['code,name,levelKey,parentCode', ...lines.map((line) => line.join(','))].join('\n');
      const answer = await app.gql(IMPORT_UNITS, { csv }, admin);
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.importUnits.userErrors).toEqual([
        {
          code: 'FILE_TOO_LARGE',
          field: ['csv', String(row + 2)],
          message: `Line ${row + 2} is longer than 65536 characters.`,
        },
      ]);
    }
    expect(await written()).toEqual(before);
  });

  it('refuses the same bombs and broken text through the import-units command, importing nothing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-bombs-'));
    const before = await written();
    const files = [
      [
        'many-sheets.xlsx',
        await xlsxOf(Array.from({ length: 8 }, (_, i) => ({ name: `S${i}`, chunks: filler(70 * MB) }))),
      ],
      ['liar.xlsx', await xlsxOf([{ name: 'S', declaredSize: 500, chunks: filler(200 * MB) }])],
      ['nul.csv', Buffer.from('code,name,levelKey,parentCode\nT-1,Xã\u0000,commune,970\n')],
      ['long-line.csv', Buffer.from(`code,name,levelKey,parentCode\nT-1,${'x'.repeat(100_000)},commune,970\n`)],
      ['too-big.csv', Buffer.alloc(SPREADSHEET_LIMITS.fileBytes + 1, 'a')],
    ] as const;
    const expected = [
      /\[FILE_TOO_LARGE\]/,
      /\[MALFORMED_FILE\]/,
      /\[INVALID_TEXT\]/,
      /\[FILE_TOO_LARGE\]/,
      /may be at most 10 MB/,
    ];
    for (const [i, [name, bytes]] of files.entries()) {
      writeFileSync(path.join(dir, name), bytes);
      const line = parseCommandLine(importUnitsCommand, [path.join(dir, name)]);
      if (line.kind !== 'run') throw new Error(`unexpected ${line.kind}`);
      const errors: string[] = [];
      const io: CliIo = {
        out: () => undefined,
        err: (text) => errors.push(text),
        progress: () => ({ update: () => undefined, stop: () => undefined }),
      };
      expect(await runCommand(importUnitsCommand, line.args, app.dataSource, io)).toBe(1);
      expect(errors.join('\n')).toMatch(expected[i]);
    }
    expect(await written()).toEqual(before);
  });

  it('still imports an honest hand-made workbook, Vietnamese sheet name and all', async () => {
    const districts = (
      await app.dataSource.query(
        `SELECT u.code FROM units u JOIN levels l ON l.id = u.level_id WHERE l.key = 'district' ORDER BY u.code`,
      )
    ).map((unit: { code: string }) => unit.code);
    const indicators = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'];
    const rows = districts.flatMap((code: string) => indicators.map((indicator) => [code, indicator, 3, 10]));
    const answer = await importReports(
      await xlsxOf([{ name: 'Báo cáo', chunks: [sheetXml([REPORT_HEADER, ...rows])] }]),
    );
    expect(answer).toEqual({ created: districts.length, revised: 0, unchanged: 0, userErrors: [] });
  });
});
