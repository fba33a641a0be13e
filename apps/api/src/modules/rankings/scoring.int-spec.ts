import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { roundScore, TIE_BREAK_LABELS } from '@thidua/domain';
import { CA_MAU_SCORING } from '@thidua/domain/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';

/** docs/domain.md §4a in the API: bonus for exceeding targets, penalties for reports, tie-breaks, the parts served. */
const RANKING = `query($c: ID!, $level: String!, $p: Int) { ranking(campaignId: $c, levelKey: $level, asOfPeriod: $p) {
  cohortSize rows { rank score baseScore bonusPoints penaltyPoints tieBreak latestReportMissing unit { id code name }
    reports { due onTime late missing } indicators { numerator denominator rate target weight } } } }`;
const CAMPAIGN = `query($c: ID!) { campaign(id: $c) { id version status scoring {
  bonusMax bonusFullAt penaltyPerLate penaltyPerMissing penaltyMax tieBreaks } } }`;
const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) {
  campaign { version scoring { bonusMax bonusFullAt penaltyPerLate penaltyPerMissing penaltyMax tieBreaks } }
  userErrors { code field } } }`;

/**
 * The demo's three rankings as of period 11 with the fields served before scoring existed (OLD_FIELDS), as answered
 * by the API before campaigns had scoring settings (commit 42a730b): a campaign without settings must answer them
 * byte for byte.
 */
const OLD_FIELDS = `rows { rank previousRank movement score class { code } unit { code } reports { due onTime late missing }
  indicators { numerator denominator rate target met achievement shortfall } }`;
const RANKINGS_BEFORE_SCORING_SHA256 = '69dc2fc73ef0299f9a13251796cc201eabba9ab3be68345a5b16f0730659b533';

/** The demo's rankings as of period 11, written out (see the test): pinned, so every database must give them. */
const TOP_OF_PROVINCE = [
  'province 1 96-SVHTTDL 103.604097 100.000000 4.604097 1.000000 -',
  'province 2 96-VPUBND 84.900929 88.725490 0.175439 4.000000 -',
  'province 3 96-BQLKKT 81.374650 83.374650 0.000000 2.000000 -',
];
const DEMO_RANKINGS_SHA256 = '181f8a62f0349ca1c262e9a6200d24c7c22e58c6a7591f7acdbff9fa6f04fa92';

interface Row {
  rank: number | null;
  score: number | null;
  baseScore: number | null;
  bonusPoints: number | null;
  penaltyPoints: number | null;
  tieBreak: string | null;
  latestReportMissing: boolean;
  unit: { id: string; code: string; name: string };
  reports: { due: number; onTime: number; late: number; missing: number };
  indicators: { numerator: number; denominator: number; rate: number | null; target: number | null; weight: number }[];
}

/** The demo's chain, UNCAPPED_ACHIEVEMENT, ON_TIME_SHARE, VOLUME, computed from what a row shows. */
function chainOf(row: Row): number[] {
  const scored = row.indicators.filter((figure) => figure.target !== null && figure.target > 0);
  const weights = scored.reduce((sum, figure) => sum + figure.weight, 0);
  const uncapped = scored.length
    ? scored.reduce((sum, figure) => sum + figure.weight * ((figure.rate ?? 0) / (figure.target as number)), 0) /
      weights
    : 1;
  const onTime = row.reports.due ? row.reports.onTime / row.reports.due : 1;
  const volume = row.indicators.reduce((sum, figure) => sum + figure.denominator, 0);
  return [uncapped, onTime, volume];
}

describe('scoring that tells units apart (bonus, penalties, tie-breaks)', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  const ranking = async (
    level: string,
    asOfPeriod = 11,
    id = campaignId,
  ): Promise<{ cohortSize: number; rows: Row[] }> =>
    (await app.gql(RANKING, { c: id, level, p: asOfPeriod }, admin)).data?.ranking;

  beforeAll(async () => {
    app = await startTestApp({ demo: 'full' });
    admin = await app.loginAs('admin@camau.demo');
    [{ id: campaignId }] = await app.dataSource.query('SELECT id FROM campaigns ORDER BY created_at, id LIMIT 1');
  });
  afterAll(() => app.close());

  it('the demo campaign carries the scoring of §4a: B = 10, F = 1,5, 1 per late, 2 per missing, at most 20', async () => {
    const { data } = await app.gql(CAMPAIGN, { c: campaignId }, admin);
    expect(data?.campaign.scoring).toEqual({ ...CA_MAU_SCORING, tieBreaks: [...CA_MAU_SCORING.tieBreaks] });
  });

  it.each(['province', 'district', 'commune'])(
    'as of period 11, at most 3 %s units share rank 1, and every shared rank is a tie on every criterion',
    async (level) => {
      const { rows } = await ranking(level);
      const ranked = rows.filter((row) => row.rank !== null);
      expect(ranked.filter((row) => row.rank === 1).length).toBeLessThanOrEqual(3);
      for (let i = 1; i < ranked.length; i++) {
        const [above, row] = [ranked[i - 1], ranked[i]];
        if (row.rank === above.rank) {
          expect(roundScore(row.score as number)).toBe(roundScore(above.score as number));
          expect(chainOf(row)).toEqual(chainOf(above));
          expect(row.tieBreak).toBeNull();
        } else if (roundScore(row.score as number) === roundScore(above.score as number)) {
          // Placed below on the same rounded score: the criterion named is the first that differs.
          const criterion = CA_MAU_SCORING.tieBreaks.indexOf(row.tieBreak as never);
          expect(criterion).toBeGreaterThanOrEqual(0);
          expect(chainOf(row).slice(0, criterion)).toEqual(chainOf(above).slice(0, criterion));
        } else {
          expect(row.tieBreak).toBeNull();
        }
      }
    },
  );

  it('gives the same figures on every database: the demo as of period 11, each level (PGlite and PostgreSQL)', async () => {
    const lines: string[] = [];
    for (const level of ['province', 'district', 'commune']) {
      for (const row of (await ranking(level)).rows) {
        const points = [row.score, row.baseScore, row.bonusPoints, row.penaltyPoints].map((value) =>
          value === null ? '-' : value.toFixed(6),
        );
        lines.push([level, row.rank ?? '-', row.unit.code, ...points, row.tieBreak ?? '-'].join(' '));
      }
    }
    expect(lines.slice(0, 3)).toEqual(TOP_OF_PROVINCE);
    expect(createHash('sha256').update(lines.join('\n')).digest('hex')).toBe(DEMO_RANKINGS_SHA256);
  });

  it('serves the parts of every score: final = max(0, base + bonus − penalty), penalties from the tally', async () => {
    for (const level of ['province', 'district', 'commune']) {
      for (const row of (await ranking(level)).rows) {
        if (row.score === null) {
          expect([row.baseScore, row.bonusPoints, row.penaltyPoints]).toEqual([null, null, null]);
          continue;
        }
        const expectedPenalty = Math.min(
          CA_MAU_SCORING.penaltyMax as number,
          row.reports.late * CA_MAU_SCORING.penaltyPerLate + row.reports.missing * CA_MAU_SCORING.penaltyPerMissing,
        );
        expect(row.penaltyPoints).toBeCloseTo(expectedPenalty, 9);
        expect(row.bonusPoints).toBeGreaterThanOrEqual(0);
        expect(row.bonusPoints).toBeLessThanOrEqual(CA_MAU_SCORING.bonusMax);
        expect(row.score).toBeCloseTo(
          Math.max(0, (row.baseScore as number) + (row.bonusPoints as number) - expectedPenalty),
          9,
        );
      }
    }
  });

  it('marks exactly the units without a report for the period ranked, once it is past due', async () => {
    const { rows } = await ranking('commune', 11);
    const reported: { unit_id: string }[] = await app.dataSource.query(
      'SELECT unit_id FROM reports WHERE campaign_id = $1 AND period_index = 11',
      [campaignId],
    );
    const withReport = new Set(reported.map((row) => row.unit_id));
    for (const row of rows) expect(row.latestReportMissing).toBe(!withReport.has(row.unit.id));
    expect(rows.some((row) => row.latestReportMissing)).toBe(true);
  });

  it('exports the same parts: the CSV carries base, bonus, penalty, the deciding criterion and the missing mark', async () => {
    const { rows } = await ranking('district');
    const response = await fetch(
      `${app.url}/exports/ranking.csv?campaignId=${campaignId}&levelKey=district&asOfPeriod=11`,
      {
        headers: { authorization: `Bearer ${admin}` },
      },
    );
    expect(response.status).toBe(200);
    const [header, ...lines] = parse((await response.text()).replace(/^\uFEFF/, '')) as string[][];
    const column = (name: string) => header.indexOf(name);
    expect(['Điểm cơ bản', 'Điểm thưởng', 'Điểm trừ', 'Xếp trên nhờ', 'Chưa nộp kỳ này'].map(column)).not.toContain(-1);
    rows.forEach((row, i) => {
      const cells = lines[i];
      const number = (name: string) => {
        const cell = cells[column(name)];
        return cell === '' ? null : Number(cell.replace(/\./g, '').replace(',', '.'));
      };
      expect(number('Điểm trừ')).toBeCloseTo(row.penaltyPoints ?? 0, 2);
      expect(number('Điểm thưởng')).toBeCloseTo(row.bonusPoints ?? 0, 2);
      expect(cells[column('Xếp trên nhờ')]).toBe(row.tieBreak ? TIE_BREAK_LABELS[row.tieBreak as 'VOLUME'].vi : '');
      expect(cells[column('Chưa nộp kỳ này')]).toBe(row.latestReportMissing ? 'Có' : '');
    });
  });

  it('exports the same parts as numbers in the ranking XLSX and in the weekly report XLSX', async () => {
    const { rows } = await ranking('district');
    const byCode = new Map(rows.map((row) => [row.unit.code, row]));
    const workbookOf = async (path: string) => {
      const response = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${admin}` } });
      expect(response.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
      return workbook;
    };
    /** Every unit row of a sheet whose header is on `headerRow`, read by header name; the unit code in `codeName`. */
    const checkParts = (sheet: ExcelJS.Worksheet, headerRow: number, codeName: string) => {
      const names = (sheet.getRow(headerRow).values as unknown[]).map((value) => String(value ?? ''));
      const column = (name: string) => names.indexOf(name);
      expect(['Điểm cơ bản', 'Điểm thưởng', 'Điểm trừ', 'Xếp trên nhờ', codeName].map(column)).not.toContain(-1);
      let seen = 0;
      sheet.eachRow((line, index) => {
        const row = byCode.get(String(line.getCell(column(codeName)).value));
        if (index <= headerRow || !row) return;
        seen++;
        expect(line.getCell(column('Điểm cơ bản')).value).toBeCloseTo(row.baseScore as number, 6);
        expect(line.getCell(column('Điểm thưởng')).value).toBeCloseTo(row.bonusPoints ?? 0, 6);
        expect(line.getCell(column('Điểm trừ')).value).toBeCloseTo(row.penaltyPoints ?? 0, 6);
        const criterion = line.getCell(column('Xếp trên nhờ')).value;
        expect(criterion || null).toBe(row.tieBreak ? TIE_BREAK_LABELS[row.tieBreak as 'VOLUME'].vi : null);
      });
      expect(seen).toBe(rows.length);
    };
    const rankingBook = await workbookOf(
      `/exports/ranking.xlsx?campaignId=${campaignId}&levelKey=district&asOfPeriod=11`,
    );
    checkParts(rankingBook.worksheets[0], 1, 'Mã đơn vị');
    const weeklyBook = await workbookOf(`/exports/weekly-report.xlsx?campaignId=${campaignId}&period=11`);
    checkParts(weeklyBook.getWorksheet('Cấp huyện') as ExcelJS.Worksheet, 3, 'Mã đơn vị');
  });

  it('without scoring settings, ranks exactly as before: by the unrounded capped score, ties sharing a rank', async () => {
    const withScoring = await ranking('commune');
    const current = (await app.gql(CAMPAIGN, { c: campaignId }, admin)).data?.campaign;
    const cleared = await app.gql(UPDATE, { input: { id: campaignId, version: current.version, scoring: {} } }, admin);
    expect(cleared.data?.updateCampaign.userErrors).toEqual([]);
    try {
      const before: string[] = [];
      for (const level of ['province', 'district', 'commune']) {
        const query = `query($c: ID!, $level: String!) { ranking(campaignId: $c, levelKey: $level, asOfPeriod: 11) {
          ${OLD_FIELDS} } }`;
        before.push(JSON.stringify((await app.gql(query, { c: campaignId, level }, admin)).data?.ranking.rows));
      }
      expect(createHash('sha256').update(before.join('\n')).digest('hex')).toBe(RANKINGS_BEFORE_SCORING_SHA256);
      const { rows } = await ranking('commune');
      const scores = rows.filter((row) => row.score !== null).map((row) => row.score as number);
      for (const row of rows) {
        expect(row.tieBreak).toBeNull();
        if (row.score === null) {
          expect(row.rank).toBeNull();
          continue;
        }
        expect([row.bonusPoints, row.penaltyPoints]).toEqual([0, 0]);
        expect(row.baseScore).toBe(row.score);
        expect(row.rank).toBe(1 + scores.filter((score) => score > (row.score as number)).length);
      }
      // The capped score is the same either way: scoring adds to it, it never changes it.
      const base = new Map(withScoring.rows.map((row) => [row.unit.id, row.baseScore]));
      for (const row of rows) expect(row.baseScore).toBe(base.get(row.unit.id));
      expect(rows.filter((row) => row.rank === 1).length).toBeGreaterThan(3);
    } finally {
      const again = (await app.gql(CAMPAIGN, { c: campaignId }, admin)).data?.campaign;
      const restored = await app.gql(
        UPDATE,
        { input: { id: campaignId, version: again.version, scoring: CA_MAU_SCORING } },
        admin,
      );
      expect(restored.data?.updateCampaign.userErrors).toEqual([]);
    }
  });

  it('refuses settings out of range, naming each field, and changes nothing', async () => {
    const before = (await app.gql(CAMPAIGN, { c: campaignId }, admin)).data?.campaign;
    const bad = {
      bonusMax: 1001,
      bonusFullAt: 1,
      penaltyPerLate: -1,
      penaltyPerMissing: 2,
      tieBreaks: ['VOLUME', 'VOLUME'],
    };
    const result = await app.gql(UPDATE, { input: { id: campaignId, version: before.version, scoring: bad } }, admin);
    expect(result.data?.updateCampaign.campaign).toBeNull();
    expect(result.data?.updateCampaign.userErrors).toEqual([
      { code: 'INVALID_BONUS', field: ['input', 'scoring', 'bonusMax'] },
      { code: 'INVALID_BONUS', field: ['input', 'scoring', 'bonusFullAt'] },
      { code: 'INVALID_PENALTY', field: ['input', 'scoring', 'penaltyPerLate'] },
      { code: 'INVALID_TIE_BREAK', field: ['input', 'scoring', 'tieBreaks', '1'] },
    ]);
    expect((await app.gql(CAMPAIGN, { c: campaignId }, admin)).data?.campaign).toEqual(before);
  });
});
