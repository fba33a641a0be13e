import { Counts } from './counts';
import { ExactTarget, exactTarget, meetsTarget } from './exact';

/** How many of the latest periods set the pace of a projection. */
export const PACE_WINDOW = 3;

/** Where a unit's rate is heading at its current pace. */
export interface Projection {
  /** The rate in percent at the campaign's end, or null when no dossiers are expected at all. */
  projectedRate: number | null;
  /** Whether the projected rate meets the target exactly; null without a target or a projection. */
  onTrack: boolean | null;
}

/**
 * The rate at the campaign's end if the remaining periods go at the average pace (numerator and denominator per
 * period) of the last 3 periods up to `asOf` (fewer at the start). Everything stays whole: with k pace periods
 * summing to (sₙ, s_d) and R periods left, the end rate is (k·N + sₙ·R) ÷ (k·D + s_d·R).
 */
export function projectRate(
  perPeriod: readonly (Counts | null | undefined)[],
  asOf: number,
  periodCount: number,
  target: number | ExactTarget | null,
): Projection {
  let numerator = 0;
  let denominator = 0;
  let paceNumerator = 0;
  let paceDenominator = 0;
  const paceFrom = Math.max(0, asOf - PACE_WINDOW);
  for (let i = 0; i < asOf; i++) {
    const item = perPeriod[i];
    if (!item) continue;
    numerator += item.numerator;
    denominator += item.denominator;
    if (i >= paceFrom) {
      paceNumerator += item.numerator;
      paceDenominator += item.denominator;
    }
  }
  return projectFromSums(
    numerator,
    denominator,
    paceNumerator,
    paceDenominator,
    asOf - paceFrom,
    periodCount - asOf,
    target,
  );
}

/** The projection from cumulative counts and the pace sums (used by the ranking's fast path). */
export function projectFromSums(
  numerator: number,
  denominator: number,
  paceNumerator: number,
  paceDenominator: number,
  pacePeriods: number,
  remainingPeriods: number,
  target: number | ExactTarget | null,
): Projection {
  const remaining = Math.max(0, remainingPeriods);
  const endNumerator = pacePeriods * numerator + paceNumerator * remaining;
  const endDenominator = pacePeriods * denominator + paceDenominator * remaining;
  if (endDenominator === 0) return { projectedRate: null, onTrack: null };
  const exact = target === null ? null : typeof target === 'number' ? exactTarget(target) : target;
  return {
    projectedRate: (100 * endNumerator) / endDenominator,
    onTrack: exact === null ? null : meetsTarget(endNumerator, endDenominator, exact),
  };
}
