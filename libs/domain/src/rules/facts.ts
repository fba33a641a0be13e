import type { RankingRow, ReportTally } from '../ranking/ranking-types';

/** One indicator's facts; rate and target in percent (0–100), achievement 0–1, null without data or target. */
export interface IndicatorFacts {
  rate: number | null;
  target: number | null;
  met: boolean | null;
  achievement: number | null;
  numerator: number;
  denominator: number;
}

/** What a rule's condition can see of a unit as of a period (docs/domain.md §5). */
export interface UnitFacts {
  /** The final score, unrounded (0–100 without scoring settings); null for a unit without data. */
  score: number | null;
  /** The capped score, 0–100, unrounded; equals score without scoring settings. */
  baseScore: number | null;
  /** Points for exceeding targets (0 without a bonus); null without data. */
  bonusPoints: number | null;
  /** Points taken off for late and missing reports (0 without penalties); null without data. */
  penaltyPoints: number | null;
  /** No report for the period ranked although it is past due. */
  latestReportMissing: boolean;
  rank: number | null;
  cohortSize: number;
  /** Legend class code, e.g. EXCELLENT; null without a score. */
  class: string | null;
  /** Every indicator with a target and data meets it, and at least one has. */
  allTargetsMet: boolean;
  /** Some indicator is at 0 with a denominator above 0. */
  anyZeroRate: boolean;
  reports: ReportTally;
  indicators: Record<string, IndicatorFacts>;
}

/** The facts of a unit from its ranking row and the cohort size (the number of ranked units). */
export function buildFacts(row: RankingRow, cohortSize: number): UnitFacts {
  const indicators: Record<string, IndicatorFacts> = {};
  let judged = 0;
  let allMet = true;
  let anyZeroRate = false;
  for (const indicator of row.indicators) {
    indicators[indicator.code] = {
      rate: indicator.rate,
      target: indicator.target,
      met: indicator.met,
      achievement: indicator.achievement,
      numerator: indicator.numerator,
      denominator: indicator.denominator,
    };
    if (indicator.met !== null) {
      judged++;
      if (!indicator.met) allMet = false;
    }
    if (indicator.denominator > 0 && indicator.numerator === 0) anyZeroRate = true;
  }
  return {
    score: row.score,
    baseScore: row.baseScore,
    bonusPoints: row.bonusPoints,
    penaltyPoints: row.penaltyPoints,
    latestReportMissing: row.latestReportMissing,
    rank: row.rank,
    cohortSize,
    class: row.class,
    allTargetsMet: judged > 0 && allMet,
    anyZeroRate,
    reports: { ...row.reports },
    indicators,
  };
}

/** The scalar facts every unit has, as JSON Logic `var` paths. */
export const UNIT_FACT_VARIABLES: readonly string[] = [
  'score',
  'baseScore',
  'bonusPoints',
  'penaltyPoints',
  'latestReportMissing',
  'rank',
  'cohortSize',
  'class',
  'allTargetsMet',
  'anyZeroRate',
  'reports.onTime',
  'reports.late',
  'reports.missing',
  'reports.due',
];

/** The facts each indicator has, under `indicators.<CODE>.`. */
export const INDICATOR_FACT_NAMES: readonly string[] = [
  'rate',
  'target',
  'met',
  'achievement',
  'numerator',
  'denominator',
];

/** Every `var` path a condition may use for a campaign with these indicators. */
export function factVariables(indicatorCodes: readonly string[]): string[] {
  const variables = [...UNIT_FACT_VARIABLES];
  for (const code of indicatorCodes) {
    for (const name of INDICATOR_FACT_NAMES) variables.push(`indicators.${code}.${name}`);
  }
  return variables;
}
