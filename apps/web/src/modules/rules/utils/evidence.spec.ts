import { createI18n } from '../../../foundation/i18n/i18n';
import { describeEvidence } from './evidence';

describe('a proposal’s evidence in the reader’s words', () => {
  const vi = createI18n('vi');
  const names = new Map([['ONLINE_PAYMENT', 'Thanh toán trực tuyến']]);
  const say = (variable: string, value: unknown) => describeEvidence({ variable, value }, vi.t, 'vi', names);

  it('score with two decimals and a comma, rank and report tallies as whole numbers', () => {
    expect(say('score', 92.5)).toBe('Điểm: 92,50');
    expect(say('rank', 2)).toBe('Hạng: 2');
    expect(say('reports.late', 1)).toBe('Trễ hạn: 1');
    expect(say('reports.missing', 0)).toBe('Chưa nộp: 0');
  });

  it('flags as Có / Không, the class by its name, no data as such', () => {
    expect(say('allTargetsMet', true)).toBe('Đạt tất cả chỉ tiêu: Có');
    expect(say('anyZeroRate', false)).toBe('Có chỉ số bằng 0%: Không');
    expect(say('class', 'EXCELLENT')).toBe('Xếp loại: Xuất sắc');
    expect(say('score', null)).toBe('Điểm: chưa có số liệu');
  });

  it('the parts of the score in points, the missing latest report as a flag', () => {
    expect(say('baseScore', 92.5)).toBe('Điểm cơ bản: 92,50');
    expect(say('bonusPoints', 3.2)).toBe('Điểm thưởng: 3,20');
    expect(say('penaltyPoints', 4)).toBe('Điểm trừ: 4,00');
    expect(say('latestReportMissing', true)).toBe('Chưa nộp báo cáo kỳ này: Có');
    const en = createI18n('en');
    expect(describeEvidence({ variable: 'penaltyPoints', value: 4 }, en.t, 'en')).toBe('Penalty points: 4.00');
  });

  it("an indicator's rate in percent, named by the indicator", () => {
    expect(say('indicators.ONLINE_PAYMENT.rate', 0)).toBe('Tỷ lệ Thanh toán trực tuyến: 0,00%');
    expect(say('indicators.DIGITIZATION.denominator', 12345)).toBe('Tổng số DIGITIZATION: 12.345');
  });

  it('in English too', () => {
    const en = createI18n('en');
    expect(describeEvidence({ variable: 'score', value: 92.5 }, en.t, 'en')).toBe('Score: 92.50');
  });
});
