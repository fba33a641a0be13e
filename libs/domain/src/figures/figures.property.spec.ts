import fc from 'fast-check';
import { exactTarget, meetsTarget, shortfallOf } from './exact';
import { indicatorFigure } from './indicator-figure';
import { summarizeByLevel } from './summary';

const countsArb = fc
  .integer({ min: 1, max: 1_000_000 })
  .chain((denominator) =>
    fc.record({ numerator: fc.integer({ min: 0, max: denominator }), denominator: fc.constant(denominator) }),
  );
// Targets with up to 2 decimals, as a campaign would set them (62.5, 30, 0.97).
const hundredthsArb = fc.integer({ min: 0, max: 10000 });

describe('figure properties', () => {
  it('met agrees with whole-number arithmetic: N · 10000 ≥ t(hundredths) · D', () => {
    fc.assert(
      fc.property(countsArb, hundredthsArb, ({ numerator, denominator }, hundredths) => {
        const expected = BigInt(numerator) * 10000n >= BigInt(hundredths) * BigInt(denominator);
        expect(meetsTarget(numerator, denominator, exactTarget(hundredths / 100))).toBe(expected);
      }),
    );
  });

  it('the shortfall is the least number of extra qualifying dossiers that meets the target', () => {
    fc.assert(
      fc.property(countsArb, hundredthsArb, ({ numerator, denominator }, hundredths) => {
        const target = exactTarget(hundredths / 100);
        const shortfall = shortfallOf(numerator, denominator, target);
        expect(meetsTarget(numerator + shortfall, denominator, target)).toBe(true);
        if (shortfall > 0) expect(meetsTarget(numerator + shortfall - 1, denominator, target)).toBe(false);
      }),
    );
  });

  it('achievement lies within [0, 1] and is 1 exactly when the target is met', () => {
    fc.assert(
      fc.property(countsArb, hundredthsArb, (counts, hundredths) => {
        const figure = indicatorFigure(counts, hundredths / 100);
        expect(figure.achievement).toBeGreaterThanOrEqual(0);
        expect(figure.achievement).toBeLessThanOrEqual(1);
        if (figure.met) expect(figure.achievement).toBe(1);
      }),
    );
  });

  it('level sums add up to the all-units total', () => {
    const unitArb = fc.record({
      level: fc.constantFrom('province', 'district', 'commune'),
      counts: countsArb,
    });
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 60 }), (units) => {
        const summary = summarizeByLevel(units, { province: 30, district: 30, commune: 30 });
        const levels = Object.values(summary.levels);
        expect(levels.reduce((sum, level) => sum + level.numerator, 0)).toBe(summary.total.numerator);
        expect(levels.reduce((sum, level) => sum + level.denominator, 0)).toBe(summary.total.denominator);
        expect(summary.total.target).toBeNull();
      }),
    );
  });
});
