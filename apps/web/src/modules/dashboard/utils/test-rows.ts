import type { StandingRow } from './standing-row';

/** A ranking row for the specs: unit `code`, its rank and score, and rates against targets by indicator code. */
export function standingRow(
  code: string,
  rank: number | null,
  score: number | null,
  rates: Record<string, [rate: number | null, target: number | null]> = {},
): StandingRow {
  return {
    rank,
    score,
    unit: { id: `u-${code}`, code, name: `Đơn vị ${code}` },
    indicators: Object.entries(rates).map(([indicatorCode, [rate, target]]) => ({
      indicator: { code: indicatorCode },
      rate,
      target,
      achievement: rate === null || target === null ? null : Math.min(rate / target, 1),
    })),
  };
}
