import { classOf, sortLegend } from '@thidua/domain';

export interface LegendClassEntry {
  code: string;
  name: string;
  minScore: number;
}

/**
 * The legend class of one indicator of a unit, for the scorecard: the class its achievement (min(rate ÷ target, 1))
 * would earn as a score out of 100 — the scale the legend's minimum scores are on, so that a cell's colour reads like
 * a class badge's. Null without a target or data.
 */
export function indicatorClass(
  achievement: number | null | undefined,
  legend: readonly LegendClassEntry[],
): LegendClassEntry | null {
  if (achievement === null || achievement === undefined) return null;
  const sorted = sortLegend(legend.map((entry) => ({ code: entry.code, label: entry.name, minScore: entry.minScore })));
  const entry = classOf(sorted, achievement * 100);
  return entry ? (legend.find((candidate) => candidate.code === entry.code) ?? null) : null;
}
