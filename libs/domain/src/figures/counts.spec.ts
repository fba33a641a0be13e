import { cumulativeCounts, sumCounts, validateCounts, validatePeriodIndex } from './counts';

describe('validateCounts', () => {
  it('accepts 7.113 of 23.487 and 0 of 0', () => {
    expect(validateCounts(7113, 23487)).toEqual({ ok: true, value: { numerator: 7113, denominator: 23487 } });
    expect(validateCounts(0, 0).ok).toBe(true);
  });

  it('refuses more qualifying dossiers than dossiers in scope', () => {
    expect(validateCounts(11, 10)).toEqual({
      ok: false,
      errors: [
        {
          code: 'NUMERATOR_ABOVE_DENOMINATOR',
          field: ['numerator'],
          message: expect.objectContaining({
            en: 'The numerator 11 is above the denominator 10; qualifying dossiers cannot outnumber the dossiers in scope.',
          }),
        },
      ],
    });
  });

  it('refuses negative, fractional, non-finite and unsafe counts, naming the field', () => {
    const codes = (n: number, d: number): string[] => {
      const result = validateCounts(n, d, ['counts', 'ONLINE_PAYMENT']);
      return result.ok ? [] : result.errors.map((error) => `${error.code}@${(error.field ?? []).join('.')}`);
    };
    expect(codes(-1, 10)).toEqual(['NEGATIVE_COUNT@counts.ONLINE_PAYMENT.numerator']);
    expect(codes(1.5, 10)).toEqual(['FRACTIONAL_COUNT@counts.ONLINE_PAYMENT.numerator']);
    expect(codes(1, Number.NaN)).toEqual(['FRACTIONAL_COUNT@counts.ONLINE_PAYMENT.denominator']);
    expect(codes(1, Infinity)).toEqual(['FRACTIONAL_COUNT@counts.ONLINE_PAYMENT.denominator']);
    expect(codes(1, 2 ** 60)).toEqual(['COUNT_TOO_LARGE@counts.ONLINE_PAYMENT.denominator']);
    expect(codes(-2, -1)).toEqual([
      'NEGATIVE_COUNT@counts.ONLINE_PAYMENT.numerator',
      'NEGATIVE_COUNT@counts.ONLINE_PAYMENT.denominator',
    ]);
  });
});

describe('cumulative counts', () => {
  const weeks = [
    { numerator: 1, denominator: 2 },
    null,
    { numerator: 3, denominator: 4 },
    { numerator: 5, denominator: 6 },
  ];

  it('sums periods 1..p, an absent week counting as zero', () => {
    expect(cumulativeCounts(weeks, 1)).toEqual({ numerator: 1, denominator: 2 });
    expect(cumulativeCounts(weeks, 3)).toEqual({ numerator: 4, denominator: 6 });
    expect(cumulativeCounts(weeks, 11)).toEqual({ numerator: 9, denominator: 12 });
  });

  it('adds units up', () => {
    expect(
      sumCounts([
        { numerator: 1, denominator: 2 },
        { numerator: 3, denominator: 5 },
      ]),
    ).toEqual({ numerator: 4, denominator: 7 });
  });
});

describe('validatePeriodIndex', () => {
  it('accepts 1..11 and refuses 0, 12 and 1,5 with PERIOD_OUT_OF_RANGE', () => {
    expect(validatePeriodIndex(11, 11).ok).toBe(true);
    for (const index of [0, 12, 1.5]) {
      const result = validatePeriodIndex(index, 11);
      expect(result.ok ? null : result.errors[0].code).toBe('PERIOD_OUT_OF_RANGE');
    }
    const result = validatePeriodIndex(12, 11);
    expect(result.ok ? '' : result.errors[0].message.en).toBe(
      "Period 12 is not one of the campaign's periods 1 to 11.",
    );
  });
});
