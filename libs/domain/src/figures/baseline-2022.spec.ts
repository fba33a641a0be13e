import {
  CA_MAU_BASELINE_2022_ONLINE_RESOLUTION as BASELINE,
  CA_MAU_BASELINE_2022_ONLINE_RESOLUTION_TOTAL as PUBLISHED_TOTAL,
  CA_MAU_PLAN_2023_TARGETS,
} from '../fixtures/ca-mau';
import { levelDefaultTarget } from '../targets/resolve-target';
import { roundedRate } from './exact';
import { indicatorFigure } from './indicator-figure';
import { summarizeByLevel } from './summary';

const planTarget = (level: string): number | null =>
  levelDefaultTarget(CA_MAU_PLAN_2023_TARGETS, level, 'ONLINE_RESOLUTION');
const summary = summarizeByLevel(
  Object.entries(BASELINE).map(([level, counts]) => ({ level, counts })),
  { province: planTarget('province'), district: planTarget('district'), commune: planTarget('commune') },
);

describe('Cà Mau 2022 baseline, online resolution, rebuilt from counts', () => {
  it('province level: 24.965 / 39.219 → 63,66%', () => {
    expect(summary.levels.province.numerator).toBe(24965);
    expect(summary.levels.province.denominator).toBe(39219);
    expect(roundedRate(24965, 39219)).toBe(63.66);
  });

  it('district level: 7.113 / 23.487 → 30,28%', () => {
    expect(roundedRate(summary.levels.district.numerator, summary.levels.district.denominator)).toBe(30.28);
  });

  it('commune level: 10.761 / 19.309 → 55,73%', () => {
    expect(roundedRate(summary.levels.commune.numerator, summary.levels.commune.denominator)).toBe(55.73);
  });

  it('all units: the level sums add up to the published 42.839 / 82.015 → 52,23%, held against no target', () => {
    expect(summary.total).toMatchObject({ numerator: 42839, denominator: 82015, target: null, met: null });
    expect({ numerator: summary.total.numerator, denominator: summary.total.denominator }).toEqual(PUBLISHED_TOTAL);
    expect(roundedRate(42839, 82015)).toBe(52.23);
  });

  it('the overall rate is the sum of counts (52,23%), not the average of the level rates (49,89%)', () => {
    const average = (63.6553 + 30.2848 + 55.7305) / 3;
    expect(Number(average.toFixed(2))).toBe(49.89);
    expect(summary.total.rate).toBeCloseTo(52.2331, 4);
  });

  it('each level is held against its own plan target (30%): all three meet it', () => {
    expect(summary.levels.province).toMatchObject({ target: 30, met: true, achievement: 1, shortfall: 0 });
    expect(summary.levels.district).toMatchObject({ target: 30, met: true, achievement: 1, shortfall: 0 });
    expect(summary.levels.commune).toMatchObject({ target: 30, met: true });
  });

  it('district at 30,28% meets a 30% plan target', () => {
    expect(indicatorFigure({ numerator: 7113, denominator: 23487 }, 30).met).toBe(true);
  });

  it('district at 30,28% misses the 70% campaign target by 9.328 dossiers (⌈0,7 × 23.487 − 7.113⌉)', () => {
    const figure = indicatorFigure({ numerator: 7113, denominator: 23487 }, 70);
    expect(figure.met).toBe(false);
    expect(figure.shortfall).toBe(9328);
    expect(figure.achievement).toBeCloseTo(30.2848 / 70, 5);
  });

  it('a level with no default target is summarised without one', () => {
    const noTarget = summarizeByLevel([{ level: 'ward', counts: { numerator: 1, denominator: 2 } }], {});
    expect(noTarget.levels.ward).toMatchObject({
      rate: 50,
      target: null,
      met: null,
      achievement: null,
      shortfall: null,
    });
  });
});
