import { projectCumulative, summarizeByLevel, type CumulativeCounts, type IndicatorFigure } from '@thidua/domain';
import type { IndicatorEntity } from '../indicators';
import type { LevelEntity } from '../levels';
import { figuresOf, type RankingData } from './ranking-data';

/** A unit's or a level's indicator figure, with the indicator itself in place of its code. */
export type IndicatorResultData = IndicatorFigure & {
  indicator: IndicatorEntity;
  projectedRate: number | null;
  onTrack: boolean | null;
  /** Units only: the indicator's weight in the score. */
  weight: number | null;
};

export interface LevelSummaryData {
  level: LevelEntity | null;
  unitCount: number;
  asOfPeriod: number;
  indicators: IndicatorResultData[];
}

/** The level summary of data already read (see RankingsService.summary). */
export function summarizeLoaded(data: RankingData): LevelSummaryData[] {
  const sums = new Map<string, LevelSums>();
  for (const level of data.levels) {
    const cohort = data.cohorts.get(level.key) ?? [];
    const figures: LevelSums['figures'] = {};
    for (const indicator of data.context.indicators) {
      const total = { numerator: 0, denominator: 0, paceNumerator: 0, paceDenominator: 0 };
      for (const unit of cohort) {
        const counts = figuresOf(unit, indicator.code);
        total.numerator += counts.numerator;
        total.denominator += counts.denominator;
        total.paceNumerator += counts.paceNumerator;
        total.paceDenominator += counts.paceDenominator;
      }
      figures[indicator.code] = total;
    }
    sums.set(level.key, { unitCount: cohort.length, figures });
  }
  return summarizeLevelSums(data, sums);
}

/** A level's counts of each indicator (by code), summed over its active units: to the period and over the pace window. */
export interface LevelSums {
  unitCount: number;
  figures: Record<string, Pick<CumulativeCounts, 'numerator' | 'denominator' | 'paceNumerator' | 'paceDenominator'>>;
}

/**
 * Per level (against the level's default target) and for all units (no target), from each level's sums: a summary
 * is made of sums of counts only, so the summary of every period can be computed from per-period sums per level
 * (see summary-trend.ts) as well as from a ranking's units.
 */
export function summarizeLevelSums(
  frame: Pick<RankingData, 'context' | 'asOfPeriod' | 'levels' | 'targets'>,
  sums: ReadonlyMap<string, LevelSums>,
): LevelSummaryData[] {
  const { context } = frame;
  const periodCount = context.periods.length;
  const NONE = { numerator: 0, denominator: 0, paceNumerator: 0, paceDenominator: 0 };
  const countsOf = (levelKey: string, code: string) => sums.get(levelKey)?.figures[code] ?? NONE;
  // A level without units has no figure of its own (summarizeByLevel only sums the levels it is given units of).
  const populated = frame.levels.filter((level) => (sums.get(level.key)?.unitCount ?? 0) > 0);
  const perIndicator = context.indicators.map((indicator) => {
    const levelTargets = Object.fromEntries(
      frame.levels.map((level) => [
        level.key,
        frame.targets.find((t) => t.levelId === level.id && t.indicatorId === indicator.id)?.value ?? null,
      ]),
    );
    const levelCounts = populated.map((level) => ({ level: level.key, counts: countsOf(level.key, indicator.code) }));
    // The pace of a level (or of all units) is the sum of its units' pace sums.
    const pace = (levelKey: string | null) => {
      const total = { paceNumerator: 0, paceDenominator: 0 };
      for (const { level, counts } of levelCounts) {
        if (levelKey && level !== levelKey) continue;
        total.paceNumerator += counts.paceNumerator;
        total.paceDenominator += counts.paceDenominator;
      }
      return total;
    };
    return { indicator, levelTargets, summary: summarizeByLevel(levelCounts, levelTargets), pace };
  });
  const figureOf = (entry: (typeof perIndicator)[number], levelKey: string | null): IndicatorResultData => {
    const figure = levelKey ? entry.summary.levels[levelKey] : entry.summary.total;
    const counts = figure ?? {
      numerator: 0,
      denominator: 0,
      rate: null,
      target: levelKey ? entry.levelTargets[levelKey] : null,
      met: null,
      achievement: null,
      shortfall: null,
    };
    const projection = projectCumulative(
      { ...counts, ...entry.pace(levelKey) },
      frame.asOfPeriod,
      periodCount,
      counts.target ?? null,
    );
    return {
      ...counts,
      indicator: entry.indicator,
      projectedRate: projection.projectedRate,
      onTrack: projection.onTrack,
      weight: null,
    };
  };
  const rows: LevelSummaryData[] = frame.levels.map((level) => ({
    level,
    unitCount: sums.get(level.key)?.unitCount ?? 0,
    asOfPeriod: frame.asOfPeriod,
    indicators: perIndicator.map((entry) => figureOf(entry, level.key)),
  }));
  rows.push({
    level: null,
    unitCount: frame.levels.reduce((total, level) => total + (sums.get(level.key)?.unitCount ?? 0), 0),
    asOfPeriod: frame.asOfPeriod,
    indicators: perIndicator.map((entry) => figureOf(entry, null)),
  });
  return rows;
}
