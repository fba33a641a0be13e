import { byCode, type StandingRow } from './standing-row';

/** A unit behind its targets: its widest gap (target − rate, in percentage points) and how many it misses. */
export interface TargetGap {
  row: StandingRow;
  /** The indicator furthest from its target. */
  indicatorCode: string;
  rate: number;
  target: number;
  /** target − rate, in points; above 0. */
  gap: number;
  /** Indicators below their target. */
  missed: number;
}

/**
 * The units furthest from their targets: each unit's widest gap among the indicators it has data and a target for,
 * widest first (ties by unit code), at most `limit`. A unit without data is not behind here: it has not reported
 * (the reports card lists it); a unit meeting every target is not listed.
 */
export function furthestFromTargets(rows: readonly StandingRow[], limit = 5): TargetGap[] {
  const gaps: TargetGap[] = [];
  for (const row of rows) {
    let widest: TargetGap | null = null;
    let missed = 0;
    for (const result of row.indicators) {
      if (result.rate === null || result.target === null || result.rate >= result.target) continue;
      missed++;
      const gap = result.target - result.rate;
      if (!widest || gap > widest.gap)
        widest = { row, indicatorCode: result.indicator.code, rate: result.rate, target: result.target, gap, missed };
    }
    if (widest) gaps.push({ ...widest, missed });
  }
  return gaps.sort((a, b) => b.gap - a.gap || byCode(a.row, b.row)).slice(0, limit);
}
