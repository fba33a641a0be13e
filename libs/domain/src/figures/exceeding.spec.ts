import fc from 'fast-check';
import { compareFractions, compareRate, exactRatio, exactTarget, scaledRatio } from './exact';
import { exceedingOf, uncappedAchievementFraction } from './exceeding';
import { roundScore, scoreHundredths } from './score';
import { decimalFraction } from '../targets/target-value';

const F = 1.5;
const fullBonusAt = (percent: number, fullAt = F) => scaledRatio(exactTarget(percent), decimalFraction(fullAt));
const exceeding = (numerator: number, denominator: number, percent: number, fullAt = F) =>
  exceedingOf(numerator, denominator, exactTarget(percent), fullBonusAt(percent, fullAt), fullAt);

describe('share of the bonus for exceeding a target', () => {
  it('at or below the target: exactly 0 (60% of a 60% target, 59,99%)', () => {
    expect(exceeding(60, 100, 60)).toBe(0);
    expect(exceeding(5999, 10000, 60)).toBe(0);
  });

  it('at F × target and above: exactly 1 (45% of 30% with F = 1,5; 93,75% of 62,5%; 94,9% of 60%)', () => {
    expect(exceeding(45, 100, 30)).toBe(1);
    expect(exceeding(9375, 10000, 62.5)).toBe(1);
    expect(exceeding(949, 1000, 60)).toBe(1);
    expect(exceeding(9374, 10000, 62.5)).toBeLessThan(1);
  });

  it('in between, linear: 1,3 × target with F = 1,5 earns 0,6; with F = 2, 0,3', () => {
    expect(exceeding(78, 100, 60)).toBeCloseTo(0.6, 12);
    expect(exceeding(78, 100, 60, 2)).toBeCloseTo(0.3, 12);
  });

  it('a 0% target earns no bonus, whatever the rate', () => {
    expect(exceeding(50, 100, 0)).toBe(0);
  });

  it('always within [0, 1], 0 exactly when the target is not exceeded, 1 exactly from F × target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
        fc.integer({ min: 1, max: 10_000 }).map((basisPoints) => basisPoints / 100),
        fc.constantFrom(1.01, 1.25, 1.5, 2, 3),
        ([numerator, denominator], percent, fullAt) => {
          const share = exceeding(numerator, denominator, percent, fullAt);
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
          // Exactly, in hundredths of a percent: r ≤ t ⇔ N·10.000 ≤ T·D; r ≥ F·t ⇔ N·10.000·100 ≥ F·100·T·D.
          const rate = BigInt(numerator) * 10_000n;
          const target = BigInt(Math.round(percent * 100)) * BigInt(denominator);
          if (rate <= target) expect(share).toBe(0);
          if (rate * 100n >= BigInt(Math.round(fullAt * 100)) * target) expect(share).toBe(1);
        },
      ),
    );
  });
});

describe('uncapped achievement as an exact fraction', () => {
  it('weights 1,1 and 2: 90% of 60% (1,5) and 30% of 40% (0,75) → (1,65 + 1,5) ÷ 3,1 = 63/62', () => {
    const fraction = uncappedAchievementFraction([
      { numerator: 90, denominator: 100, target: exactTarget(60), weight: decimalFraction(1.1) },
      { numerator: 30, denominator: 100, target: exactTarget(40), weight: decimalFraction(2) },
    ]);
    expect(fraction).not.toBeNull();
    expect(compareFractions(fraction ?? { numerator: 0n, denominator: 1n }, { numerator: 63n, denominator: 62n })).toBe(
      0,
    );
  });

  it('none without parts', () => {
    expect(uncappedAchievementFraction([])).toBeNull();
  });
});

describe('exact comparison of rates', () => {
  it('N ÷ D against a fraction, with counts too large for exact floating-point products', () => {
    const third = exactRatio({ numerator: 1n, denominator: 3n });
    expect(compareRate(1, 3, third)).toBe(0);
    expect(compareRate(2, 5, third)).toBe(1);
    expect(compareRate(3, 10, third)).toBe(-1);
    const big = 2 ** 52;
    expect(compareRate(big, 3 * big, third)).toBe(0);
    expect(compareRate(big + 1, 3 * big, third)).toBe(1);
    const huge = exactRatio({ numerator: 10n ** 20n, denominator: 3n * 10n ** 20n });
    expect(Number.isNaN(huge.num)).toBe(true);
    expect(compareRate(1, 3, huge)).toBe(0);
    expect(compareRate(1, 4, huge)).toBe(-1);
  });

  it('fractions: 2/6 = 1/3 < 1/2', () => {
    expect(compareFractions({ numerator: 2n, denominator: 6n }, { numerator: 1n, denominator: 3n })).toBe(0);
    expect(compareFractions({ numerator: 1n, denominator: 3n }, { numerator: 1n, denominator: 2n })).toBe(-1);
    expect(compareFractions({ numerator: 1n, denominator: 2n }, { numerator: 1n, denominator: 3n })).toBe(1);
  });
});

describe('scores rounded as shown', () => {
  it('half up to two decimals: 87,125 → 87,13; 106,666… → 106,67; 100 → 100', () => {
    expect(scoreHundredths(87.125)).toBe(8713);
    expect(roundScore(100 + 20 / 3)).toBe(106.67);
    expect(roundScore(100)).toBe(100);
    expect(roundScore(0)).toBe(0);
  });

  it('from the number’s exact value, as the screens show it: 1,005 is stored just below, so 1,00', () => {
    expect(scoreHundredths(1.005)).toBe(100);
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(scoreHundredths(33.335)).toBe(Math.round(Number((33.335).toFixed(2)) * 100));
  });

  it('always what toFixed(2) shows, for scores from 0 to 200', () => {
    const score = fc.oneof(
      fc.double({ min: 0, max: 200, noNaN: true }),
      fc.integer({ min: 0, max: 200_000 }).map((thousandths) => thousandths / 1000),
      fc.integer({ min: 0, max: 40_000 }).map((halves) => (halves + 0.5) / 200),
    );
    fc.assert(
      fc.property(score, (value) => {
        expect(scoreHundredths(value)).toBe(Math.round(Number(value.toFixed(2)) * 100));
      }),
      { numRuns: 2000 },
    );
  });
});
