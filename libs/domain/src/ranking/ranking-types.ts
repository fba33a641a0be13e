import type { IndicatorFigure } from '../figures/indicator-figure';
import type { Period } from '../periods/build-periods';
import type { Timeliness } from '../periods/timeliness';
import type { Legend } from './legend';
import type { ScoringSettings, TieBreakCriterion } from './scoring-settings';

/** One indicator's counts per period: index 0 is period 1; a period left out counts as no dossiers. */
export interface IndicatorSeries {
  numerators: readonly number[];
  denominators: readonly number[];
}

/** A report's submission: the first one of a period decides its timeliness (revisions keep it). */
export interface ReportSubmission {
  /** 1-based period index. */
  period: number;
  submittedAt: Date;
}

/** A unit of the cohort (one level, active units), with its resolved targets, counts and submissions. */
export interface CohortUnit {
  unitId: string;
  /** Indicator code → target in percent, or null/absent when none applies (not scored). */
  targets: Readonly<Record<string, number | null>>;
  /** Indicator code → counts per period; an indicator left out has no dossiers. */
  counts: Readonly<Record<string, IndicatorSeries>>;
  /** In any order; several for one period are allowed, and the earliest counts. */
  submissions: readonly ReportSubmission[];
}

/** Everything a ranking is computed from; `now` decides which reports are missing. */
export interface RankingInput {
  periods: readonly Period[];
  /** 1-based period the figures are cumulated to. */
  asOfPeriod: number;
  now: Date;
  /** The campaign's indicator codes, in display order. */
  indicators: readonly string[];
  /** Indicator code → weight above 0; an indicator left out weighs 1. */
  weights?: Readonly<Record<string, number>>;
  /** Defaults to DEFAULT_LEGEND. */
  legend?: Legend;
  /** Bonus, penalties and tie-breaks; absent or all off (DEFAULT_SCORING_SETTINGS) = ranked on the capped score. */
  scoring?: ScoringSettings;
  /** In the order tied and unranked units are listed (e.g. by unit code). */
  units: readonly CohortUnit[];
}

/** One indicator's line on a unit's row. */
export interface IndicatorResult extends IndicatorFigure {
  code: string;
  weight: number;
  /** Rate in percent at the campaign's end at the pace of the last 3 periods; null when nothing is expected. */
  projectedRate: number | null;
  /** Projected rate ≥ target (exactly); null without target or projection. */
  onTrack: boolean | null;
}

/** Reports over periods 1..p: due = periods whose due instant has passed; missing = of those, without report. */
export interface ReportTally {
  due: number;
  onTime: number;
  late: number;
  missing: number;
}

/** One unit's row: rank, score and class are null for a unit without scored data. */
export interface RankingRow {
  unitId: string;
  rank: number | null;
  previousRank: number | null;
  /** previousRank − rank: positive = moved up; null for period 1 or when either side is unranked. */
  movement: number | null;
  /** The final score: max(0, baseScore + bonusPoints − penaltyPoints), 0 to 100 + the bonus maximum, unrounded. */
  score: number | null;
  /** The capped score S, 0–100, unrounded; equals `score` for a campaign without scoring settings. */
  baseScore: number | null;
  /** Points for exceeding targets, 0 without a bonus; null without a score. */
  bonusPoints: number | null;
  /** Points taken off for late and missing reports, 0 without penalties; null without a score. */
  penaltyPoints: number | null;
  /** Legend class code of the final score, e.g. EXCELLENT. */
  class: string | null;
  classLabel: string | null;
  /**
   * What placed this unit below the row just above it although both show the same rounded score: the first
   * tie-break that differs; null when the rounded scores differ, when the two share a rank, or for the first row.
   */
  tieBreak: TieBreakCriterion | null;
  /** The unit has no report for the as-of period although that period's due instant has passed (at `now`). */
  latestReportMissing: boolean;
  indicators: IndicatorResult[];
  reports: ReportTally;
}

/**
 * A cohort's ranking as of a period: ranked rows by rank, then the unranked; ties and the unranked in the order the
 * units were given.
 */
export interface Ranking {
  asOfPeriod: number;
  /** The number of ranked units. */
  cohortSize: number;
  rows: RankingRow[];
}

/**
 * One indicator's counts already summed over periods (e.g. in SQL): to p, to p − 1 (for the movement) and over the
 * pace window of `cumulationWindow(p)` (for the projection). The same figures rankCohort sums from an IndicatorSeries.
 */
export interface CumulativeCounts {
  numerator: number;
  denominator: number;
  previousNumerator: number;
  previousDenominator: number;
  paceNumerator: number;
  paceDenominator: number;
}

/**
 * A unit's reports over periods 1..p already counted by the timeliness of each period's first submission
 * (on time = at or before the period's due instant), and how many of those periods that are past due have one.
 */
export interface ReportCounts {
  onTime: number;
  late: number;
  /** Reports among the periods 1..p whose due instant has passed at `now`: missing = due − submittedDue. */
  submittedDue: number;
  /**
   * The timeliness of period p's first report, null when it has none. Required with scoring settings (the previous
   * period's tally is this one without period p). Left out, the latest report counts as missing only when the
   * counts prove it (p past due and no past-due period reported).
   */
  latest?: Timeliness | null;
}

/** A cohort unit with its counts cumulated rather than per period; an indicator left out has no dossiers. */
export interface AggregatedCohortUnit {
  unitId: string;
  targets: Readonly<Record<string, number | null>>;
  figures: Readonly<Record<string, CumulativeCounts>>;
  reports: ReportCounts;
}

/** A ranking input whose units come pre-aggregated; ranked by the same rules as RankingInput. */
export interface AggregatedRankingInput extends Omit<RankingInput, 'units'> {
  /** In the order tied and unranked units are listed (e.g. by unit code). */
  units: readonly AggregatedCohortUnit[];
}
