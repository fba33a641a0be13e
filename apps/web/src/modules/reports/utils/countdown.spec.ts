import { createI18n } from '../../../foundation/i18n/i18n';
import { countdownText, nextDeadline } from './countdown';

const ZONE = 'Asia/Ho_Chi_Minh';
// Cà Mau 2023, periods 4 to 6: due Fridays 24/03, 31/03 and 07/04 at 16:00 (09:00 UTC).
const PERIODS = [
  { index: 4, startDate: '2023-03-18', endDate: '2023-03-24', dueAt: '2023-03-24T09:00:00.000Z' },
  { index: 5, startDate: '2023-03-25', endDate: '2023-03-31', dueAt: '2023-03-31T09:00:00.000Z' },
  { index: 6, startDate: '2023-04-01', endDate: '2023-04-07', dueAt: '2023-04-07T09:00:00.000Z' },
];

describe('countdownText', () => {
  const vi = createI18n('vi').t;
  const en = createI18n('en').t;

  it('Wednesday 29/03 12:30 (UTC+7): 2 days 3 hours until period 5, due Friday 31/03/2023 16:00', () => {
    const now = new Date('2023-03-29T05:30:00.000Z');
    expect(countdownText(PERIODS, now, ZONE, vi, 'vi')).toBe(
      'Còn 2 ngày 3 giờ đến hạn nộp kỳ 5 — Thứ Sáu 31/03/2023 16:00',
    );
    expect(countdownText(PERIODS, now, ZONE, en, 'en')).toBe(
      '2 d 3 h left until period 5 is due — Friday 31/03/2023 16:00',
    );
  });

  it('counts hours and minutes on the last day, and minutes in the last hour', () => {
    expect(countdownText(PERIODS, new Date('2023-03-31T03:15:00.000Z'), ZONE, vi, 'vi')).toBe(
      'Còn 5 giờ 45 phút đến hạn nộp kỳ 5 — Thứ Sáu 31/03/2023 16:00',
    );
    expect(countdownText(PERIODS, new Date('2023-03-31T08:59:30.000Z'), ZONE, vi, 'vi')).toBe(
      'Còn 1 phút đến hạn nộp kỳ 5 — Thứ Sáu 31/03/2023 16:00',
    );
  });

  it('at 16:00:00 sharp period 5 is no longer the next deadline: period 6 is', () => {
    const now = new Date('2023-03-31T09:00:00.000Z');
    expect(nextDeadline(PERIODS, now)).toMatchObject({ period: { index: 6 } });
  });

  it('says the reporting has ended once the last period is past', () => {
    expect(countdownText(PERIODS, new Date('2024-01-01T00:00:00.000Z'), ZONE, vi, 'vi')).toBe(
      'Chiến dịch đã hết hạn nộp báo cáo: kỳ cuối (kỳ 6) hết hạn Thứ Sáu 07/04/2023 16:00.',
    );
    expect(countdownText([], new Date(), ZONE, vi, 'vi')).toBe('Chiến dịch chưa có kỳ báo cáo nào.');
  });
});
