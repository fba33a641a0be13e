/** An indicator's result as a unit's standing shows it. */
export interface IndicatorStandingLike {
  rate?: number | null;
  target?: number | null;
  met?: boolean | null;
  shortfall?: number | null;
  indicator: { id: string; name: string };
}

/** What stands between a unit and one target. */
export type TargetGap<I> =
  | { kind: 'short'; result: I; rate: number; target: number; points: number }
  | { kind: 'noData'; result: I; target: number }
  | { kind: 'met'; result: I };

/**
 * Each indicator with a target: met, short by so many percentage points (target − rate, from the unrounded rate as
 * the API gives it), or without data. Indicators without a target are not scored and left out; the shortest first.
 */
export function targetGaps<I extends IndicatorStandingLike>(indicators: readonly I[]): TargetGap<I>[] {
  const gaps: TargetGap<I>[] = [];
  for (const result of indicators) {
    const { rate, target } = result;
    if (target === null || target === undefined) continue;
    if (rate === null || rate === undefined) gaps.push({ kind: 'noData', result, target });
    else if (result.met) gaps.push({ kind: 'met', result });
    else gaps.push({ kind: 'short', result, rate, target, points: Math.max(0, target - rate) });
  }
  const weight = (gap: TargetGap<I>) => (gap.kind === 'short' ? gap.points : gap.kind === 'noData' ? -1 : -2);
  return gaps.sort((a, b) => weight(b) - weight(a));
}
