/** One point of a weekly trend: the period and each series' cumulative rate (null = no data yet). */
export type TrendPoint = { period: number } & Record<string, number | null>;

export interface TrendSeries {
  key: string;
  name: string;
}

/**
 * A unit's cumulative rate per period from its per-period counts: N and D summed over periods 1..p, rate N ÷ D;
 * null while D is 0 (no data, never 0%).
 */
export function cumulativeRates(
  periods: readonly number[],
  countsByPeriod: ReadonlyMap<number, { numerator: number; denominator: number }>,
): Array<number | null> {
  let numerator = 0;
  let denominator = 0;
  return periods.map((period) => {
    const counts = countsByPeriod.get(period);
    if (counts) {
      numerator += counts.numerator;
      denominator += counts.denominator;
    }
    return denominator === 0 ? null : (100 * numerator) / denominator;
  });
}
