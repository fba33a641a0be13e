import { createI18n } from '../../../foundation/i18n/i18n';
import { explainPlace, type ExplainedRow } from './explain-place';

const row = (
  id: string,
  rank: number | null,
  score: number | null,
  extra: Partial<ExplainedRow> = {},
): ExplainedRow => ({
  unit: { id, name: `Huyện ${id}` },
  rank,
  score,
  baseScore: score,
  bonusPoints: 0,
  penaltyPoints: 0,
  tieBreak: null,
  latestReportMissing: false,
  reports: { late: 0, missing: 0 },
  ...extra,
});

describe("a unit's place in plain words", () => {
  const vi = createI18n('vi');
  const explain = (rows: ExplainedRow[], unitId: string, withParts = true, bonusMax = 10) =>
    explainPlace({ rows, unitId, levelName: 'Cấp huyện', asOfPeriod: 3, withParts, bonusMax }, vi.t, 'vi').join(' ');

  it('its points and their parts, the unit above and the points missing, and the penalties in the way', () => {
    const rows = [
      row('A', 1, 93.2, { baseScore: 90, bonusPoints: 3.2 }),
      row('B', 2, 91.7, { baseScore: 92.5, bonusPoints: 3.2, penaltyPoints: 4, reports: { late: 2, missing: 1 } }),
    ];
    expect(explain(rows, 'B')).toBe(
      'Điểm 91,70 = điểm cơ bản 92,50 + thưởng 3,20 − trừ 4,00. ' +
        'Đơn vị ngay trên là Huyện A (hạng 1, 93,20 điểm), hơn 1,50 điểm. ' +
        'Để vượt Huyện A, đơn vị cần thêm hơn 1,50 điểm. ' +
        'Đơn vị đang bị trừ 4,00 điểm (2 báo cáo trễ hạn, 1 báo cáo chưa nộp): nộp đủ báo cáo đúng hạn để không bị trừ thêm. ' +
        'Số điểm bị trừ nhiều hơn khoảng cách với Huyện A. ' +
        'Vượt chỉ tiêu nhiều hơn sẽ được thêm điểm thưởng (đang có 3,20, tối đa 10,00).',
    );
  });

  it('a unit placed below on a tie-break, and one sharing a rank', () => {
    const rows = [
      row('A', 1, 100, { bonusPoints: 10 }),
      row('B', 2, 100, { bonusPoints: 10, tieBreak: 'ON_TIME_SHARE', latestReportMissing: true }),
      row('C', 3, 90),
      row('D', 3, 90),
    ];
    expect(explain(rows, 'B')).toContain(
      'Đơn vị ngay trên là Huyện A (hạng 1), cùng điểm — xếp sau do tỷ lệ báo cáo đúng hạn. Để vượt Huyện A, đơn vị chỉ cần thêm 0,01 điểm.',
    );
    expect(explain(rows, 'B')).toContain('Đơn vị chưa nộp báo cáo kỳ 3.');
    expect(explain(rows, 'D')).toContain(
      'Cùng hạng 3 với Huyện C vì bằng điểm. Để vượt Huyện B, đơn vị cần thêm hơn 10,00 điểm.',
    );
  });

  it('the first unit, a campaign without scoring, a unit without data', () => {
    const rows = [row('A', 1, 80), row('B', null, null)];
    expect(explain(rows, 'A', false, 0)).toBe(
      'Điểm 80,00 (trung bình có trọng số mức hoàn thành các chỉ số, tối đa 100). Đơn vị đang đứng đầu Cấp huyện.',
    );
    expect(explain(rows, 'B', false, 0)).toBe('');
  });

  it('in English', () => {
    const en = createI18n('en');
    const rows = [row('A', 1, 93.2), row('B', 2, 92)];
    expect(
      explainPlace(
        { rows, unitId: 'B', levelName: 'District level', asOfPeriod: 3, withParts: false, bonusMax: 0 },
        en.t,
        'en',
      ).join(' '),
    ).toBe(
      'Score 92.00 (the weighted mean achievement of the indicators, at most 100). The unit just above is Huyện A (rank 1, score 93.20), 1.20 points ahead. To pass Huyện A, the unit needs more than 1.20 more points.',
    );
  });
});
