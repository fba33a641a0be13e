import { createI18n } from '../../../foundation/i18n/i18n';
import { indicatorResult } from '../test/ranking-rows';
import { projectionSentence, shortfallSentence } from './plain-words';

const vi = createI18n('vi').t;
const en = createI18n('en').t;
const LABEL = 'Hồ sơ giải quyết trực tuyến';

describe('shortfall in plain words', () => {
  it('a district at 65% of a 70% target needs 312 more online dossiers', () => {
    const result = indicatorResult('ONLINE_RESOLUTION', 65, 70, { shortfall: 312 });
    expect(shortfallSentence(result, LABEL, vi, 'vi')).toBe(
      'Cần thêm 312 hồ sơ giải quyết trực tuyến để đạt chỉ tiêu 70%.',
    );
    expect(shortfallSentence(result, LABEL, en, 'en')).toBe(
      'Needs 312 more hồ sơ giải quyết trực tuyến to meet the 70% target.',
    );
  });

  it('uses Vietnamese thousands and decimal targets: 1.250 more for 62,5%', () => {
    const result = indicatorResult('ONLINE_RESOLUTION', 50, 62.5, { shortfall: 1250 });
    expect(shortfallSentence(result, LABEL, vi, 'vi')).toBe(
      'Cần thêm 1.250 hồ sơ giải quyết trực tuyến để đạt chỉ tiêu 62,50%.',
    );
  });

  it('says a met target is met (30,28% against 30%)', () => {
    expect(shortfallSentence(indicatorResult('ONLINE_RESOLUTION', 30.28, 30, { shortfall: 0 }), LABEL, vi, 'vi')).toBe(
      'Đã đạt chỉ tiêu 30%.',
    );
  });

  it('says nothing without data or without a target', () => {
    expect(shortfallSentence(indicatorResult('ONLINE_RESOLUTION', null), LABEL, vi, 'vi')).toBeNull();
    expect(shortfallSentence(indicatorResult('ONLINE_RESOLUTION', 40, null), LABEL, vi, 'vi')).toBeNull();
  });
});

describe('projection in plain words', () => {
  it('at 64,2% by the end the unit is not on track', () => {
    const result = indicatorResult('ONLINE_RESOLUTION', 60, 70, { projectedRate: 64.2, onTrack: false });
    expect(projectionSentence(result, vi, 'vi')).toBe(
      'Theo tốc độ 3 kỳ gần nhất, dự kiến đạt 64,2% khi kết thúc — chưa đúng tiến độ.',
    );
  });

  it('at 71,05% by the end it is on track', () => {
    const result = indicatorResult('ONLINE_RESOLUTION', 68, 70, { projectedRate: 71.05, onTrack: true });
    expect(projectionSentence(result, vi, 'vi')).toBe(
      'Theo tốc độ 3 kỳ gần nhất, dự kiến đạt 71,1% khi kết thúc — đúng tiến độ.',
    );
    expect(projectionSentence(result, en, 'en')).toBe(
      'At the pace of the last 3 periods, expected to reach 71.1% by the end — on track.',
    );
  });

  it('says nothing without a projection', () => {
    expect(projectionSentence(indicatorResult('ONLINE_RESOLUTION', null), vi, 'vi')).toBeNull();
  });
});
