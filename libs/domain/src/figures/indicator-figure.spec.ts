import { exactTarget, meetsTarget, roundedRate, shortfallOf } from './exact';
import { indicatorFigure, rateOf } from './indicator-figure';

describe('met is compared exactly', () => {
  it('2.999 / 10.000 (29,99%) does not meet 30%', () => {
    expect(indicatorFigure({ numerator: 2999, denominator: 10000 }, 30).met).toBe(false);
  });

  it('3 / 10 meets 30%', () => {
    expect(indicatorFigure({ numerator: 3, denominator: 10 }, 30).met).toBe(true);
  });

  it('57 / 100 meets 57% although (57 / 100) × 100 is 56.99999999999999 in floating point', () => {
    expect((57 / 100) * 100).toBeLessThan(57);
    expect(indicatorFigure({ numerator: 57, denominator: 100 }, 57)).toMatchObject({
      met: true,
      achievement: 1,
      shortfall: 0,
    });
  });

  it('7 / 100 meets 7% although 0.07 * 100 is 7.000000000000001', () => {
    expect(indicatorFigure({ numerator: 7, denominator: 100 }, 7).met).toBe(true);
    expect(indicatorFigure({ numerator: 69, denominator: 1000 }, 7).met).toBe(false);
  });

  it('a decimal target: 5 / 8 meets 62,5%, 624 / 1000 does not', () => {
    expect(indicatorFigure({ numerator: 5, denominator: 8 }, 62.5).met).toBe(true);
    expect(indicatorFigure({ numerator: 624, denominator: 1000 }, 62.5).met).toBe(false);
  });

  it('a target with many decimals (1/3 as 33.333333333333336%) uses the BigInt path and stays exact', () => {
    const third = 100 / 3;
    expect(meetsTarget(1, 3, exactTarget(third))).toBe(false); // 1/3 is a hair below 33.333333333333336%
    expect(meetsTarget(333_333_333_333_334, 1_000_000_000_000_000, exactTarget(third))).toBe(true);
  });
});

describe('rate, achievement and shortfall', () => {
  it('no dossiers is no data: rate null, never 0, and nothing is judged', () => {
    expect(rateOf({ numerator: 0, denominator: 0 })).toBeNull();
    expect(indicatorFigure({ numerator: 0, denominator: 0 }, 30)).toEqual({
      numerator: 0,
      denominator: 0,
      rate: null,
      target: 30,
      met: null,
      achievement: null,
      shortfall: null,
    });
  });

  it('achievement is capped at 1: 90% against an 80% target earns 1, not 1,125', () => {
    expect(indicatorFigure({ numerator: 90, denominator: 100 }, 80).achievement).toBe(1);
  });

  it('below target earns r ÷ t: 40% against 80% earns 0,5', () => {
    expect(indicatorFigure({ numerator: 40, denominator: 100 }, 80).achievement).toBe(0.5);
  });

  it('a 0% target is always met with full achievement, even at 0%', () => {
    expect(indicatorFigure({ numerator: 0, denominator: 5 }, 0)).toMatchObject({
      met: true,
      achievement: 1,
      shortfall: 0,
    });
  });

  it('no target: rate only', () => {
    expect(indicatorFigure({ numerator: 1, denominator: 4 }, null)).toMatchObject({
      rate: 25,
      met: null,
      achievement: null,
    });
  });

  it('shortfall rounds up: 29 / 100 against 30% needs 1 more; 2.999 / 10.000 needs 1 more', () => {
    expect(indicatorFigure({ numerator: 29, denominator: 100 }, 30).shortfall).toBe(1);
    expect(indicatorFigure({ numerator: 2999, denominator: 10000 }, 30).shortfall).toBe(1);
  });

  it('shortfall with a decimal target: 0 / 3 against 62,5% needs ⌈1,875⌉ = 2', () => {
    expect(shortfallOf(0, 3, exactTarget(62.5))).toBe(2);
  });

  it('shortfall of huge counts goes through BigInt and stays exact', () => {
    const target = exactTarget(100 / 3);
    expect(shortfallOf(0, 3_000_000_000_000_000, target)).toBe(1_000_000_000_000_001);
    expect(shortfallOf(3_000_000_000_000_000, 3_000_000_000_000_000, target)).toBe(0);
  });
});

describe('rounding for display', () => {
  it('rounds half up with integer arithmetic: 1 / 8 = 12,5% → 12,5; 1 / 3 → 33,33; 2 / 3 → 66,67', () => {
    expect(roundedRate(1, 8, 1)).toBe(12.5);
    expect(roundedRate(1, 3)).toBe(33.33);
    expect(roundedRate(2, 3)).toBe(66.67);
    expect(roundedRate(1, 200, 0)).toBe(1); // 0,5% rounds up to 1
  });

  it('no dossiers rounds to no data', () => {
    expect(roundedRate(0, 0)).toBeNull();
  });
});
