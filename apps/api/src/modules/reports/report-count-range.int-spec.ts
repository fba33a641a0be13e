import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../../test/harness';
import { parseCommandLine, runCommand, type CliIo } from '../../app/cli/cli';
import { importReportsCommand } from '../../app/cli/import-reports.command';

/** The published limit of one report value (README "Security"); sums of them are served as SafeInt. */
const LIMIT = 1_000_000_000;
const INDICATORS = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'] as const;

const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) {
  outcome report { values { numerator denominator indicator { code } } } userErrors { code field message } } }`;
const IMPORT = `mutation($input: ImportReportsInput!) { importReports(input: $input) {
  created revised unchanged userErrors { code field message } } }`;
const REPORTS = `query($campaignId: ID!, $unitId: ID, $period: Int) {
  reports(campaignId: $campaignId, unitId: $unitId, period: $period, first: 100) { totalCount edges { node {
    unit { code } period { index } values { numerator denominator indicator { code } }
    revisions { previousValues { indicatorCode numerator denominator }
      newValues { indicatorCode numerator denominator } }
  } } } }`;
const FIGURE = 'indicator { code } numerator denominator rate target met shortfall';
const RANKING = `query($campaignId: ID!, $levelKey: String!, $asOfPeriod: Int) {
  ranking(campaignId: $campaignId, levelKey: $levelKey, asOfPeriod: $asOfPeriod) {
    cohortSize rows { rank unit { code } indicators { ${FIGURE} } } } }`;
const SUMMARY = `query($campaignId: ID!, $asOfPeriod: Int) { summary(campaignId: $campaignId, asOfPeriod: $asOfPeriod) {
  level { key } indicators { ${FIGURE} } } }`;
const WEEKLY = `query($campaignId: ID!, $period: Int) { weeklyReport(campaignId: $campaignId, period: $period) {
  summary { level { key } indicators { ${FIGURE} } }
  levels { level { key } rows { rank unit { code } indicators { ${FIGURE} } } }
  zeroRateUnits { unit { code } indicator { code } denominator } } }`;

interface Figure {
  indicator: { code: string };
  numerator: number;
  denominator: number;
  rate: number | null;
  target: number | null;
  met: boolean | null;
  shortfall: number | null;
}

/** What the API must say about one count: the code of its first fault, or null when it is a valid count. */
function faultOf(value: number): string | null {
  if (!Number.isInteger(value)) return 'FRACTIONAL_COUNT';
  if (value < 0) return 'NEGATIVE_COUNT';
  if (value > LIMIT) return 'COUNT_OUT_OF_RANGE';
  return null;
}

/** `code@column` of every fault of one value, the numerator-above-denominator rule only between valid counts. */
function faultsOf(numerator: number, denominator: number): string[] {
  const faults: string[] = [];
  const n = faultOf(numerator);
  const d = faultOf(denominator);
  if (n) faults.push(`${n}@numerator`);
  if (d) faults.push(`${d}@denominator`);
  if (!n && !d && numerator > denominator) faults.push('NUMERATOR_ABOVE_DENOMINATOR@numerator');
  return faults.sort();
}

/** ⌈t·D − N⌉ with t in percent (two decimals at most), computed exactly; 0 when met. */
function exactShortfall(numerator: number, denominator: number, target: number): number {
  const gap = BigInt(Math.round(target * 100)) * BigInt(denominator) - 10_000n * BigInt(numerator);
  return gap <= 0n ? 0 : Number((gap + 9_999n) / 10_000n);
}

/** The counts a fuzzer should try: the limit's edges, 32-bit and 53-bit edges, signs, fractions, and any number. */
const count = fc.oneof(
  fc.constantFrom(
    0,
    1,
    LIMIT - 1,
    LIMIT,
    LIMIT + 1,
    2 ** 31 - 1,
    2 ** 31,
    2 ** 32,
    2 ** 53 - 1,
    2 ** 53,
    2 ** 60,
    1e300,
    -1,
    -(2 ** 31),
    0.5,
    LIMIT + 0.5,
    LIMIT - 0.5,
    Number.MIN_VALUE,
  ),
  fc.integer({ min: 0, max: LIMIT }),
  fc.integer({ min: LIMIT + 1, max: Number.MAX_SAFE_INTEGER }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e20, max: 1e20 }),
);
/** Mostly pairs worth accepting (n ≤ d ≤ limit), often anything at all. */
const countPair = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: LIMIT }), fc.integer({ min: 0, max: LIMIT }))
    .map(([a, b]) => (a <= b ? [a, b] : [b, a])),
  fc.tuple(count, fc.constantFrom(LIMIT)),
  fc.tuple(fc.constantFrom(0), count),
  fc.tuple(count, count),
) as fc.Arbitrary<[number, number]>;

/** A file cell as a number when it is written as one ("12", "12.5", "12,5"), else null. */
function asCount(text: string): number | null {
  return /^-?\d+([.,]\d+)?$/.test(text.trim()) ? Number(text.trim().replace(',', '.')) : null;
}

/** Text a file cell may hold that is no count at all. */
const notACount = fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e10', '0x10', '1_000', '', '—', '1.000.000.001');

describe('one range for counts: at most 1.000.000.000 per report value, sums served whole', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  const unitsOf = async (level: string): Promise<{ id: string; code: string }[]> =>
    app.dataSource.query(
      `SELECT u.id, u.code FROM units u JOIN levels l ON l.id = u.level_id
       WHERE l.key = $1 AND u.archived_at IS NULL ORDER BY u.code`,
      [level],
    );
  /** Everything a refused write must leave as it was. */
  const snapshot = async () =>
    (
      await app.dataSource.query(
        `SELECT (SELECT count(*) FROM reports)::int AS reports,
                (SELECT count(*) FROM report_revisions)::int AS revisions,
                (SELECT count(*) FROM audit_entries)::int AS audit,
                (SELECT coalesce(string_agg(concat_ws(':', report_id, indicator_id, numerator, denominator), ','
                   ORDER BY report_id, indicator_id), '') FROM report_values) AS "values"`,
      )
    )[0];
  const importCsv = async (period: number, lines: string[], submittedAt = '2023-03-03T08:00:00Z') =>
    app.gql(
      IMPORT,
      {
        input: {
          campaignId,
          period,
          csv: ['unitCode,indicatorCode,numerator,denominator', ...lines].join('\n'),
          submittedAt,
        },
      },
      admin,
    );

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
  }, 60_000);
  afterAll(() => app.close());

  it('submitReport takes every count from 0 to 1.000.000.000 exactly, refuses the rest, writes nothing', async () => {
    const [commune] = await unitsOf('commune');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0, 1, 2), countPair, async (position, [numerator, denominator]) => {
        const values = INDICATORS.map((indicatorCode, i) =>
          i === position ? { indicatorCode, numerator, denominator } : { indicatorCode, numerator: 1, denominator: 2 },
        );
        const before = await snapshot();
        const result = await app.gql(SUBMIT, { input: { campaignId, unitId: commune.id, period: 5, values } }, admin);
        expect(result.errors).toBeUndefined();
        const payload = result.data?.submitReport;
        const expected = faultsOf(numerator, denominator);
        const got = payload.userErrors.map((error: { code: string; field: string[] }) => {
          expect(error.field.slice(0, 3)).toEqual(['input', 'values', String(position)]);
          return `${error.code}@${error.field[3]}`;
        });
        expect(got.sort()).toEqual(expected);
        if (expected.length) {
          expect(payload.outcome).toBe('REFUSED');
          expect(await snapshot()).toEqual(before);
        } else {
          expect(['CREATED', 'REVISED', 'UNCHANGED']).toContain(payload.outcome);
          // -0 travels as 0 in JSON: the count stored and answered is 0.
          expect(payload.report.values[position]).toEqual({
            numerator: numerator + 0,
            denominator: denominator + 0,
            indicator: { code: INDICATORS[position] },
          });
          const [stored] = await app.dataSource.query(
            `SELECT v.numerator::text AS n, v.denominator::text AS d FROM report_values v
             JOIN reports r ON r.id = v.report_id JOIN indicators i ON i.id = v.indicator_id
             WHERE r.unit_id = $1 AND r.period_index = 5 AND i.code = $2`,
            [commune.id, INDICATORS[position]],
          );
          expect(stored).toEqual({ n: String(numerator), d: String(denominator) });
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('importReports refuses a whole file for one cell past the limit, naming each bad cell', async () => {
    const communes = (await unitsOf('commune')).slice(1, 6);
    const cell = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: LIMIT }).map(String) },
      { weight: 2, arbitrary: count.map(String) },
      { weight: 1, arbitrary: notACount },
    );
    // One row per (unit, indicator), numerator and denominator drawn apart.
    const file = fc.array(fc.tuple(cell, cell), { minLength: communes.length * 3, maxLength: communes.length * 3 });
    await fc.assert(
      fc.asyncProperty(file, async (cells) => {
        const lines = cells.map(
          ([n, d], i) =>
            `${communes[Math.floor(i / 3)].code},${INDICATORS[i % 3]},${JSON.stringify(n)},${JSON.stringify(d)}`,
        );
        const expectedBad = new Set<string>();
        cells.forEach(([n, d], i) => {
          const row = String(i + 2);
          const [numerator, denominator] = [asCount(n), asCount(d)];
          if (numerator !== null && denominator !== null) {
            for (const fault of faultsOf(numerator, denominator)) expectedBad.add(`${row}.${fault.split('@')[1]}`);
            return;
          }
          // A cell that is no number is bad; its neighbour is bad only on its own (no comparison with text).
          if (numerator === null || faultOf(numerator)) expectedBad.add(`${row}.numerator`);
          if (denominator === null || faultOf(denominator)) expectedBad.add(`${row}.denominator`);
        });
        const before = await snapshot();
        const result = await importCsv(6, lines);
        expect(result.errors).toBeUndefined();
        const payload = result.data?.importReports;
        const bad = new Set(
          payload.userErrors.map((error: { field: string[] }) => `${error.field[1]}.${error.field[2]}`),
        );
        expect(bad).toEqual(expectedBad);
        for (const error of payload.userErrors as { code: string; field: string[] }[]) {
          const value = asCount(cells[Number(error.field[1]) - 2][error.field[2] === 'numerator' ? 0 : 1]);
          if (value !== null && Number.isInteger(value) && value > LIMIT) expect(error.code).toBe('COUNT_OUT_OF_RANGE');
          if (error.code === 'COUNT_OUT_OF_RANGE' && value !== null) expect(value).toBeGreaterThan(LIMIT);
        }
        if (expectedBad.size) expect(await snapshot()).toEqual(before);
        else expect(payload.created + payload.revised + payload.unchanged).toBe(communes.length);
      }),
      { numRuns: 25 },
    );
  }, 180_000);

  it('importReports from XLSX: number cells at 1.000.000.000 are taken, 1.000.000.001 refused', async () => {
    const [unit] = (await unitsOf('commune')).slice(7, 8);
    const xlsx = async (top: number) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Báo cáo');
      sheet.addRow(['unitCode', 'indicatorCode', 'numerator', 'denominator']);
      for (const code of INDICATORS) sheet.addRow([unit.code, code, top, top]);
      return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    };
    const before = await snapshot();
    const refused = await app.gql(
      IMPORT,
      { input: { campaignId, period: 7, xlsxBase64: await xlsx(LIMIT + 1), submittedAt: '2023-04-14T08:00:00Z' } },
      admin,
    );
    expect(
      refused.data?.importReports.userErrors.map((e: { code: string; field: string[] }) => [e.code, e.field]),
    ).toEqual(
      [2, 3, 4].flatMap((row) => [
        ['COUNT_OUT_OF_RANGE', ['file', String(row), 'numerator']],
        ['COUNT_OUT_OF_RANGE', ['file', String(row), 'denominator']],
      ]),
    );
    expect(await snapshot()).toEqual(before);
    const taken = await app.gql(
      IMPORT,
      { input: { campaignId, period: 7, xlsxBase64: await xlsx(LIMIT), submittedAt: '2023-04-14T08:00:00Z' } },
      admin,
    );
    expect(taken.data?.importReports).toMatchObject({ created: 1, userErrors: [] });
  });

  it('the import-reports command refuses a count past the limit, names the cell and writes nothing', async () => {
    const [unit] = (await unitsOf('commune')).slice(8, 9);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-count-range-'));
    const run = async (top: number) => {
      const file = path.join(dir, `period-8-${top}.csv`);
      const rows = INDICATORS.map((code) => `${unit.code},${code},0,${top}`);
      writeFileSync(file, ['unitCode,indicatorCode,numerator,denominator', ...rows].join('\n'));
      const line = parseCommandLine(importReportsCommand, [
        '--period',
        '8',
        '--submitted-at',
        '2023-04-21T08:00:00Z',
        file,
      ]);
      if (line.kind !== 'run') throw new Error('expected a run');
      const output: string[] = [];
      const errors: string[] = [];
      const io: CliIo = {
        out: (text) => output.push(text),
        err: (text) => errors.push(text),
        progress: () => ({ update: () => undefined, stop: () => undefined }),
      };
      return { code: await runCommand(importReportsCommand, line.args, app.dataSource, io), output, errors };
    };
    const before = await snapshot();
    const refused = await run(LIMIT + 1);
    expect(refused.code).toBe(1);
    expect(refused.errors.join('\n')).toMatch(/nothing was imported; 3 problem/);
    expect(refused.errors.join('\n')).toMatch(/denominator/);
    expect(refused.errors.join('\n')).toMatch(/1\.000\.000\.000/);
    expect(await snapshot()).toEqual(before);
    const taken = await run(LIMIT);
    expect(taken.code).toBe(0);
  });

  describe('a cohort whose sums pass 2³¹', () => {
    let districts: { id: string; code: string }[];
    /** District i sends (i + 1)·10⁶ of 10⁹ online, 10⁹ of 10⁹ digitised and 0 of 10⁹ paid online, each week. */
    const weekly = (i: number): Record<(typeof INDICATORS)[number], [number, number]> => ({
      ONLINE_RESOLUTION: [(i + 1) * 1_000_000, LIMIT],
      DIGITIZATION: [LIMIT, LIMIT],
      ONLINE_PAYMENT: [0, LIMIT],
    });
    const WEEKS = 3;

    beforeAll(async () => {
      districts = await unitsOf('district');
      for (let period = 1; period <= WEEKS; period++) {
        const lines = districts.flatMap((district, i) =>
          INDICATORS.map((code) => `${district.code},${code},${weekly(i)[code].join(',')}`),
        );
        const submittedAt = new Date(Date.UTC(2023, 2, 3 + 7 * (period - 1), 8)).toISOString();
        const result = await importCsv(period, lines, submittedAt);
        expect(result.data?.importReports.userErrors).toEqual([]);
      }
    }, 60_000);

    /** A unit's cumulative figure, as every field that shows one must give it. */
    const unitFigure = (i: number, code: (typeof INDICATORS)[number]) => ({
      numerator: weekly(i)[code][0] * WEEKS,
      denominator: weekly(i)[code][1] * WEEKS,
    });
    const levelFigure = (code: (typeof INDICATORS)[number]) =>
      districts.reduce(
        (sum, _, i) => ({
          numerator: sum.numerator + unitFigure(i, code).numerator,
          denominator: sum.denominator + unitFigure(i, code).denominator,
        }),
        { numerator: 0, denominator: 0 },
      );
    const checkFigure = (figure: Figure, expected: { numerator: number; denominator: number }) => {
      expect({ numerator: figure.numerator, denominator: figure.denominator }).toEqual(expected);
      expect(figure.rate).toBeCloseTo((100 * expected.numerator) / expected.denominator, 9);
      if (figure.target !== null)
        expect(figure.shortfall).toBe(exactShortfall(expected.numerator, expected.denominator, figure.target));
    };
    /** Rows ranked by their online share: the other indicators are the same for every district. */
    const checkRanked = (rows: { rank: number | null; unit: { code: string }; indicators: Figure[] }[]) => {
      expect(rows.map((row) => row.unit.code)).toEqual(districts.map((d) => d.code).reverse());
      expect(rows.map((row) => row.rank)).toEqual(districts.map((_, i) => i + 1));
      for (const row of rows) {
        const i = districts.findIndex((district) => district.code === row.unit.code);
        for (const figure of row.indicators) checkFigure(figure, unitFigure(i, figure.indicator.code as never));
      }
    };

    it('holds sums past 2³¹ (and one shortfall past it) in the cohort: the case this test is about', () => {
      expect(unitFigure(0, 'DIGITIZATION').denominator).toBeGreaterThan(2 ** 31);
      expect(levelFigure('ONLINE_PAYMENT').denominator).toBeGreaterThan(2 ** 34);
    });

    it('ranking ranks it and serves every count whole', async () => {
      const result = await app.gql(RANKING, { campaignId, levelKey: 'district', asOfPeriod: WEEKS }, admin);
      expect(result.errors).toBeUndefined();
      expect(result.data?.ranking.cohortSize).toBe(districts.length);
      checkRanked(result.data?.ranking.rows);
    });

    it('summary serves the level sums whole, the shortfall past 2³¹ too', async () => {
      const result = await app.gql(SUMMARY, { campaignId, asOfPeriod: WEEKS }, admin);
      expect(result.errors).toBeUndefined();
      const district = result.data?.summary.find(
        (row: { level: { key: string } | null }) => row.level?.key === 'district',
      );
      for (const figure of district.indicators as Figure[])
        checkFigure(figure, levelFigure(figure.indicator.code as never));
      const online = (district.indicators as Figure[]).find((f) => f.indicator.code === 'ONLINE_RESOLUTION') as Figure;
      expect(online.shortfall).toBeGreaterThan(2 ** 31);
    });

    it('weeklyReport serves the summary, the ranked rows and the 0% units with their whole denominators', async () => {
      const result = await app.gql(WEEKLY, { campaignId, period: WEEKS }, admin);
      expect(result.errors).toBeUndefined();
      const report = result.data?.weeklyReport;
      const summary = report.summary.find((row: { level: { key: string } | null }) => row.level?.key === 'district');
      for (const figure of summary.indicators as Figure[])
        checkFigure(figure, levelFigure(figure.indicator.code as never));
      checkRanked(
        report.levels
          .find((level: { level: { key: string } }) => level.level.key === 'district')
          .rows.filter((row: { rank: number | null }) => row.rank !== null),
      );
      const zero = report.zeroRateUnits
        .filter((entry: { indicator: { code: string } }) => entry.indicator.code === 'ONLINE_PAYMENT')
        .sort((a: { unit: { code: string } }, b: { unit: { code: string } }) => a.unit.code.localeCompare(b.unit.code));
      expect(zero).toEqual(
        districts.map((district) => ({
          unit: { code: district.code },
          indicator: { code: 'ONLINE_PAYMENT' },
          denominator: WEEKS * LIMIT,
        })),
      );
    });

    it('reports serves the values and revisions at the limit', async () => {
      const result = await app.gql(REPORTS, { campaignId, unitId: districts[0].id }, admin);
      expect(result.errors).toBeUndefined();
      const nodes = result.data?.reports.edges.map((edge: { node: unknown }) => edge.node);
      expect(nodes).toHaveLength(WEEKS);
      for (const node of nodes) {
        expect(node.values.find((v: { indicator: { code: string } }) => v.indicator.code === 'DIGITIZATION')).toEqual({
          numerator: LIMIT,
          denominator: LIMIT,
          indicator: { code: 'DIGITIZATION' },
        });
        expect(node.revisions[0].newValues).toContainEqual({
          indicatorCode: 'DIGITIZATION',
          numerator: LIMIT,
          denominator: LIMIT,
        });
      }
    });

    it('the CSV and XLSX exports write the sums whole: 3.000.000.000 in CSV, the number itself in XLSX', async () => {
      const headers = { authorization: `Bearer ${admin}` };
      const query = `campaignId=${campaignId}&levelKey=district&asOfPeriod=${WEEKS}`;
      const csv = await fetch(`${app.url}/exports/ranking.csv?${query}`, { headers });
      expect(csv.status).toBe(200);
      const lines = (await csv.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      const first = lines[1];
      expect(first).toContain(districts[districts.length - 1].code);
      // Digitised: 3.000.000.000 of 3.000.000.000; paid online: 0 of 3.000.000.000 (grouped the Vietnamese way).
      expect(first.match(/"?3\.000\.000\.000"?/g)?.length).toBeGreaterThanOrEqual(3);

      const xlsx = await fetch(`${app.url}/exports/ranking.xlsx?${query}`, { headers });
      expect(xlsx.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const header = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ''));
      const row = sheet.getRow(2).values as unknown[];
      const columns = header.flatMap((name, i) => (/— Tổng số hồ sơ$/.test(name) ? [i] : []));
      expect(columns).toHaveLength(3);
      for (const column of columns) expect(row[column]).toBe(WEEKS * LIMIT);

      const weeklyXlsx = await fetch(`${app.url}/exports/weekly-report.xlsx?campaignId=${campaignId}&period=${WEEKS}`, {
        headers,
      });
      expect(weeklyXlsx.status).toBe(200);
      const report = new ExcelJS.Workbook();
      await report.xlsx.load((await weeklyXlsx.arrayBuffer()) as ArrayBuffer);
      const numbers: unknown[] = [];
      report.getWorksheet('Tổng hợp')?.eachRow((line) => numbers.push(...(line.values as unknown[])));
      expect(numbers).toContain(levelFigure('ONLINE_PAYMENT').denominator);
      expect(numbers).toContain(levelFigure('DIGITIZATION').numerator);
    });
  });

  it('the database itself refuses a count past the limit written around the services', async () => {
    const [unit] = await unitsOf('province');
    const lines = INDICATORS.map((code) => `${unit.code},${code},1,2`);
    expect((await importCsv(1, lines)).data?.importReports.userErrors).toEqual([]);
    for (const count of [LIMIT + 1, 2 ** 31, 3_000_000_000]) {
      await expect(
        app.dataSource.query(
          `UPDATE report_values v SET numerator = $2, denominator = $2 FROM reports r
           WHERE r.id = v.report_id AND r.unit_id = $1 AND r.period_index = 1`,
          [unit.id, count],
        ),
      ).rejects.toThrow(/report_values_count_range/);
    }
    const reports = await app.gql(REPORTS, { campaignId, unitId: unit.id, period: 1 }, admin);
    expect(reports.errors).toBeUndefined();
    expect(reports.data?.reports.edges[0].node.values.map((v: Figure) => v.denominator)).toEqual([2, 2, 2]);
  });
});
