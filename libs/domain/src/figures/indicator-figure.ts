import { Counts } from './counts';
import { ExactTarget, exactTarget, meetsTarget, shortfallOf } from './exact';

/** One indicator's figures for a unit, a level or the whole campaign, as of a period. */
export interface IndicatorFigure {
  numerator: number;
  denominator: number;
  /** N / D in percent, unrounded; null when D = 0 (no data — shown blank, never 0%). */
  rate: number | null;
  /** The target in percent, or null when none applies. */
  target: number | null;
  /** r ≥ t compared exactly; null without data or target. */
  met: boolean | null;
  /** min(r / t, 1), 1 when t = 0; null without data or target. */
  achievement: number | null;
  /** ⌈t·D − N⌉ when r < t, 0 when met; null without data or target. */
  shortfall: number | null;
}

/** The rate in percent, or null when there are no dossiers. */
export function rateOf(counts: Counts): number | null {
  return counts.denominator === 0 ? null : (100 * counts.numerator) / counts.denominator;
}

/** min(r / t, 1) given whether r ≥ t was met exactly (so that a met target always earns exactly 1). */
export function achievementOf(numerator: number, denominator: number, target: ExactTarget, met: boolean): number {
  if (met) return 1;
  return Math.min((100 * numerator) / (denominator * target.percent), 1);
}

/** An indicator's rate, met, achievement and shortfall from cumulative counts and a target (null: none). */
export function indicatorFigure(counts: Counts, target: number | ExactTarget | null): IndicatorFigure {
  const { numerator, denominator } = counts;
  const exact = target === null ? null : typeof target === 'number' ? exactTarget(target) : target;
  const figure: IndicatorFigure = {
    numerator,
    denominator,
    rate: rateOf(counts),
    target: exact === null ? null : exact.percent,
    met: null,
    achievement: null,
    shortfall: null,
  };
  if (exact !== null && denominator > 0) {
    const met = meetsTarget(numerator, denominator, exact);
    figure.met = met;
    figure.achievement = achievementOf(numerator, denominator, exact, met);
    figure.shortfall = met ? 0 : shortfallOf(numerator, denominator, exact);
  }
  return figure;
}
