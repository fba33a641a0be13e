import { formatDate, formatDateTime, formatNumber, formatPercent, formatWeekdayDateTime, toLang } from './format';

describe('format', () => {
  it('writes the 2022 baseline dossier count with a dot for thousands in Vietnamese', () => {
    expect(formatNumber(42839)).toBe('42.839');
    expect(formatNumber(82015, 'vi')).toBe('82.015');
  });

  it('writes counts past 2³¹ whole, grouped: a ranking’s sums of a billion dossiers a week', () => {
    expect(formatNumber(1_234_567_890, 'vi')).toBe('1.234.567.890');
    expect(formatNumber(27_000_000_000, 'vi')).toBe('27.000.000.000');
    expect(formatNumber(2 ** 53 - 1, 'vi')).toBe('9.007.199.254.740.991');
    expect(formatNumber(27_000_000_000, 'en')).toBe('27,000,000,000');
  });

  it('writes thousands with a comma in English', () => {
    expect(formatNumber(42839, 'en')).toBe('42,839');
  });

  it('writes 63.66% with a decimal comma and leaves no-data blank', () => {
    expect(formatPercent(63.66)).toBe('63,66%');
    expect(formatPercent(30.2848, 'vi')).toBe('30,28%');
    expect(formatPercent(null)).toBe('');
  });

  it('writes a calendar date as dd/MM/yyyy without shifting it', () => {
    expect(formatDate('2023-03-01')).toBe('01/03/2023');
  });

  it('shows an instant in Asia/Ho_Chi_Minh: 17:30 UTC on 2 March is 3 March 00:30 there', () => {
    expect(formatDate('2023-03-02T17:30:00Z')).toBe('03/03/2023');
    expect(formatDateTime('2023-03-03T09:00:00Z')).toBe('03/03/2023 16:00');
  });

  it('falls back to Vietnamese for an unknown language', () => {
    expect(toLang('en-US')).toBe('en');
    expect(toLang('fr')).toBe('vi');
    expect(toLang(null)).toBe('vi');
  });
});

describe('formatWeekdayDateTime', () => {
  it('names the weekday of the instant in the campaign zone, not in UTC', () => {
    // 2023-03-03T09:00Z is Friday 16:00 in Hồ Chí Minh City.
    expect(formatWeekdayDateTime('2023-03-03T09:00:00.000Z', 'Asia/Ho_Chi_Minh', 'vi')).toBe(
      'Thứ Sáu 03/03/2023 16:00',
    );
    expect(formatWeekdayDateTime('2023-03-03T09:00:00.000Z', 'Asia/Ho_Chi_Minh', 'en')).toBe('Friday 03/03/2023 16:00');
    // 20:00 UTC on Friday is already Saturday in Hồ Chí Minh City.
    expect(formatWeekdayDateTime('2023-03-03T20:00:00.000Z', 'Asia/Ho_Chi_Minh', 'vi')).toBe(
      'Thứ Bảy 04/03/2023 03:00',
    );
  });
});
