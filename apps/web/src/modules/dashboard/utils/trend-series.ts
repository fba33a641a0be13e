import type { SummaryTrendQuery } from '../../../generated/graphql';

export type PeriodSummary = SummaryTrendQuery['summaryTrend'][number];
export type LevelFigures = PeriodSummary['levels'][number];

/** One level's cumulative rate of one indicator per period (null = no data yet), and its target. */
export interface IndicatorTrend {
  code: string;
  name: string;
  target: number | null;
  points: { period: number; rate: number | null }[];
}

/** A level's figures in one period's summary; `levelKey` null for all units. */
export function levelFigures(period: PeriodSummary, levelKey: string | null): LevelFigures | undefined {
  return period.levels.find((entry) => (entry.level?.key ?? null) === levelKey);
}

/** Each indicator's trend for one level, in the order of the campaign's indicators. */
export function levelTrends(
  trend: readonly PeriodSummary[],
  levelKey: string,
  indicators: ReadonlyArray<{ code: string; name: string }>,
): IndicatorTrend[] {
  const last = trend.at(-1);
  return indicators.map((indicator) => ({
    code: indicator.code,
    name: indicator.name,
    target:
      (last && levelFigures(last, levelKey)?.indicators.find((r) => r.indicator.code === indicator.code)?.target) ??
      null,
    points: trend.map((period) => ({
      period: period.asOfPeriod,
      rate: levelFigures(period, levelKey)?.indicators.find((r) => r.indicator.code === indicator.code)?.rate ?? null,
    })),
  }));
}
