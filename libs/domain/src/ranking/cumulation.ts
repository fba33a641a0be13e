import { ExactTarget } from '../figures/exact';
import { PACE_WINDOW, Projection, projectFromSums } from '../figures/projection';
import { CumulativeCounts } from './ranking-types';

/**
 * Which periods the cumulative figures of a ranking as of period `asOf` cover: 1..asOf, the previous ranking's
 * 1..previousTo (0: none) and the pace window paceFrom..asOf of the projection. Whoever sums counts outside the
 * domain (SQL) takes the bounds from here.
 */
export interface CumulationWindow {
  asOf: number;
  previousTo: number;
  paceFrom: number;
}

export function cumulationWindow(asOf: number): CumulationWindow {
  return { asOf, previousTo: asOf - 1, paceFrom: Math.max(1, asOf - PACE_WINDOW + 1) };
}

/** The projection (see projectRate) from cumulative counts, e.g. a level's sums of its units' figures. */
export function projectCumulative(
  figures: Pick<CumulativeCounts, 'numerator' | 'denominator' | 'paceNumerator' | 'paceDenominator'>,
  asOf: number,
  periodCount: number,
  target: number | ExactTarget | null,
): Projection {
  const { paceFrom } = cumulationWindow(asOf);
  return projectFromSums(
    figures.numerator,
    figures.denominator,
    figures.paceNumerator,
    figures.paceDenominator,
    asOf - paceFrom + 1,
    periodCount - asOf,
    target,
  );
}
