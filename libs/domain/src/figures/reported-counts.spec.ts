import fc from 'fast-check';
import { MAX_REPORTED_COUNT, validateCounts, validateReportedCounts } from './counts';

/** The edges a report value can be tried at: the limit's, 32-bit and 53-bit ones, signs and fractions. */
const EDGES = [
  0,
  1,
  1_000_000_000,
  1_000_000_001,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 53 - 1,
  2 ** 53,
  1e300,
  -1,
  0.5,
  1_000_000_000.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];
const anyCount = fc.oneof(
  fc.constantFrom(...EDGES),
  fc.integer({ min: 0, max: 1_000_000_000 }),
  fc.integer({ min: 1_000_000_001, max: Number.MAX_SAFE_INTEGER }),
  fc.double(),
);

/** The rule written out on its own, to hold the implementation to. */
function expectedCodes(numerator: number, denominator: number): string[] {
  const fault = (value: number) =>
    !Number.isInteger(value)
      ? 'FRACTIONAL_COUNT'
      : value < 0
        ? 'NEGATIVE_COUNT'
        : value > 1_000_000_000
          ? 'COUNT_OUT_OF_RANGE'
          : null;
  const n = fault(numerator);
  const d = fault(denominator);
  const codes = [...(n ? [`${n}@numerator`] : []), ...(d ? [`${d}@denominator`] : [])];
  if (!n && !d && numerator > denominator) codes.push('NUMERATOR_ABOVE_DENOMINATOR@numerator');
  return codes;
}

describe('one report value: whole counts from 0 to 1.000.000.000', () => {
  const codes = (numerator: number, denominator: number) => {
    const result = validateReportedCounts(numerator, denominator, ['values', '0']);
    return result.ok ? [] : result.errors.map((error) => `${error.code}@${(error.field ?? []).slice(2).join('.')}`);
  };

  it('is 1.000.000.000 dossiers, within a 32-bit integer', () => {
    expect(MAX_REPORTED_COUNT).toBe(1_000_000_000);
    expect(MAX_REPORTED_COUNT).toBeLessThan(2 ** 31);
  });

  it('takes 1.000.000.000 of 1.000.000.000 and refuses 1.000.000.001 with COUNT_OUT_OF_RANGE, naming the field', () => {
    expect(validateReportedCounts(1_000_000_000, 1_000_000_000)).toEqual({
      ok: true,
      value: { numerator: 1_000_000_000, denominator: 1_000_000_000 },
    });
    expect(validateReportedCounts(0, 1_000_000_001, ['values', '2'])).toEqual({
      ok: false,
      errors: [
        {
          code: 'COUNT_OUT_OF_RANGE',
          field: ['values', '2', 'denominator'],
          message: expect.objectContaining({
            en: 'The denominator 1000000001 is above 1.000.000.000, the most dossiers one report value may count.',
          }),
        },
      ],
    });
  });

  it('refuses 3.000.000.000, the count that broke every ranking, and 2³¹', () => {
    expect(codes(0, 3_000_000_000)).toEqual(['COUNT_OUT_OF_RANGE@denominator']);
    expect(codes(2 ** 31, 2 ** 31)).toEqual(['COUNT_OUT_OF_RANGE@numerator', 'COUNT_OUT_OF_RANGE@denominator']);
  });

  it('says for every generated pair exactly what the rule says', () => {
    fc.assert(
      fc.property(anyCount, anyCount, (numerator, denominator) => {
        expect(codes(numerator, denominator)).toEqual(expectedCodes(numerator, denominator));
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts nothing that sums of counts would refuse: what a report takes, a ranking can add up', () => {
    fc.assert(
      fc.property(anyCount, anyCount, (numerator, denominator) => {
        if (validateReportedCounts(numerator, denominator).ok)
          expect(validateCounts(numerator, denominator).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps sums exact: totals up to 2⁵³ − 1 pass, 2⁵³ is refused as too large', () => {
    expect(validateCounts(2 ** 53 - 1, 2 ** 53 - 1).ok).toBe(true);
    const result = validateCounts(0, 2 ** 53);
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(['COUNT_TOO_LARGE']);
  });
});
