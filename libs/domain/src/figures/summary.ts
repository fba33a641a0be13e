import { ownValue } from '../result';
import { Counts, sumCounts } from './counts';
import { IndicatorFigure, indicatorFigure } from './indicator-figure';

/** One unit's cumulative counts of an indicator, with the level it belongs to. */
export interface LevelCounts {
  level: string;
  counts: Counts;
}

/** An indicator summarised per level (against each level's default target) and for all units (no target). */
export interface IndicatorSummary {
  levels: Record<string, IndicatorFigure>;
  total: IndicatorFigure;
}

/**
 * Sums the units' counts per level and overall. A level's figure is held against its default target (null if it has
 * none); the all-units figure has no target, since levels have different ones.
 */
export function summarizeByLevel(
  units: readonly LevelCounts[],
  levelTargets: Readonly<Record<string, number | null>>,
): IndicatorSummary {
  const byLevel = new Map<string, Counts[]>();
  for (const unit of units) {
    const list = byLevel.get(unit.level);
    if (list) list.push(unit.counts);
    else byLevel.set(unit.level, [unit.counts]);
  }
  const levels: Record<string, IndicatorFigure> = {};
  for (const [level, counts] of byLevel) {
    levels[level] = indicatorFigure(sumCounts(counts), ownValue(levelTargets, level) ?? null);
  }
  return { levels, total: indicatorFigure(sumCounts(units.map((unit) => unit.counts)), null) };
}
