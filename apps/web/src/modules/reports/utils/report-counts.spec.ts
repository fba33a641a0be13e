import fc from 'fast-check';
import { formatNumber } from '../../../foundation/i18n/format';
import { checkCount, checkValueRow, liveRate, meetsTarget } from './report-counts';

describe('checkCount', () => {
  it.each([
    ['42839', 42839],
    [' 120 ', 120],
    ['42.839', 42839],
    ['0', 0],
  ])('accepts %p as %p dossiers (Vietnamese thousands dot)', (text, value) => {
    expect(checkCount(text, 'vi')).toEqual({ value, error: null });
  });

  it('reads 42,839 as a whole number in English but as a fraction in Vietnamese', () => {
    expect(checkCount('42,839', 'en')).toEqual({ value: 42839, error: null });
    expect(checkCount('42,839', 'vi')).toEqual({ value: 42.839, error: 'FRACTIONAL_COUNT' });
  });

  it.each([
    ['', 'REQUIRED'],
    ['   ', 'REQUIRED'],
    ['abc', 'NOT_A_NUMBER'],
    ['12a', 'NOT_A_NUMBER'],
    ['1,5', 'FRACTIONAL_COUNT'],
    ['12.5', 'FRACTIONAL_COUNT'],
    ['-3', 'NEGATIVE_COUNT'],
    ['-1,5', 'FRACTIONAL_COUNT'],
    ['1.000.000.001', 'COUNT_OUT_OF_RANGE'],
    ['3000000000', 'COUNT_OUT_OF_RANGE'],
    ['99999999999999999', 'COUNT_OUT_OF_RANGE'],
  ])('refuses %p with %s, the server’s code', (text, error) => {
    expect(checkCount(text, 'vi').error).toBe(error);
  });

  it('takes 1.000.000.000, the most one report value may count', () => {
    expect(checkCount('1.000.000.000', 'vi')).toEqual({ value: 1_000_000_000, error: null });
    expect(checkCount('1,000,000,000', 'en')).toEqual({ value: 1_000_000_000, error: null });
  });

  it('reads back any count as the app shows it, and refuses it exactly when it is above 1.000.000.000', () => {
    const count = fc.oneof(
      fc.constantFrom(0, 999, 1000, 999_999_999, 1_000_000_000, 1_000_000_001, 2 ** 31 - 1, 2 ** 31, 2 ** 53 - 1),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    );
    fc.assert(
      fc.property(count, fc.constantFrom('vi' as const, 'en' as const), (value, lang) => {
        const checked = checkCount(formatNumber(value, lang), lang);
        expect(checked).toEqual({ value, error: value > 1_000_000_000 ? 'COUNT_OUT_OF_RANGE' : null });
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkValueRow', () => {
  it('puts “numerator above denominator” on the numerator only once both counts are whole', () => {
    const row = checkValueRow('25', '20', 'vi');
    expect(row.numerator.error).toBe('NUMERATOR_ABOVE_DENOMINATOR');
    expect(row.denominator.error).toBeNull();
    expect(row.valid).toBe(false);
    expect(checkValueRow('25', '2,5', 'vi').numerator.error).toBeNull();
  });

  it('accepts equal counts and 0 of 0', () => {
    expect(checkValueRow('20', '20', 'vi').valid).toBe(true);
    expect(checkValueRow('0', '0', 'vi').valid).toBe(true);
  });
});

describe('liveRate and meetsTarget', () => {
  it('2022 district baseline 7.113 / 23.487 is 30,28% and meets a 30% target', () => {
    const row = checkValueRow('7.113', '23.487', 'vi');
    expect(liveRate(row)).toBeCloseTo(30.2848, 3);
    expect(meetsTarget(7113, 23487, 30)).toBe(true);
  });

  it('57 of 100 meets a 57% target exactly, though 57 / 100 · 100 is 56,99999… in floating point', () => {
    expect((57 / 100) * 100).toBeLessThan(57);
    expect(meetsTarget(57, 100, 57)).toBe(true);
    expect(meetsTarget(56, 100, 57)).toBe(false);
  });

  it('reads a decimal target as spelled, as the server does: 33 of 3.000 meets 1,1% (1,1 · 3.000 is 3.300,0000000000005)', () => {
    expect(1.1 * 3000).toBeGreaterThan(3300);
    expect(meetsTarget(33, 3000, 1.1)).toBe(true);
    expect(meetsTarget(32, 3000, 1.1)).toBe(false);
  });

  it('has no rate (blank, never 0%) when the denominator is 0 or a count is invalid', () => {
    expect(liveRate(checkValueRow('0', '0', 'vi'))).toBeNull();
    expect(liveRate(checkValueRow('5', 'x', 'vi'))).toBeNull();
  });
});
