import { ExactTarget, meetsTarget, shortfallOf } from '../figures/exact';
import { achievementOf } from '../figures/indicator-figure';
import type { Timeliness } from '../periods/timeliness';
import { DomainError } from '../result';
import { CohortContext, exactTargetOf } from './cohort-context';
import type { ScoringBoard } from './cohort-scoring';
import { AggregatedCohortUnit, CohortUnit, IndicatorResult, RankingRow, ReportTally } from './ranking-types';
import {
  cumulativeErrors,
  latestFits,
  reportCountErrors,
  seriesErrors,
  submissionErrors,
} from './validate-ranking-input';

/** Reusable buffers, so that reading 12.000 units allocates nothing but the rows themselves. */
export interface Scratch {
  /** First submission instant per period (index = period), Infinity for none. */
  firstSubmitted: Float64Array;
  /**
   * One indicator's sums: N, D, N and D to the previous period, N and D over the pace window. A plain array, not a
   * Float64Array: whole numbers stay small integers and are not boxed when copied into the result objects.
   */
  sums: number[];
  /** Set by each tally: period p is past due without a report. */
  latestMissing: boolean;
  /** Set by each tally: the unit's tally to p − 1 (due to p − 1 is the cohort's). */
  previousOnTime: number;
  previousLate: number;
  previousMissing: number;
}

const N = 0;
const D = 1;
const PREVIOUS_N = 2;
const PREVIOUS_D = 3;
const PACE_N = 4;
const PACE_D = 5;

/** Buffers sized for a campaign. */
export function createScratch(periodCount: number): Scratch {
  return {
    firstSubmitted: new Float64Array(periodCount + 1),
    sums: [0, 0, 0, 0, 0, 0],
    latestMissing: false,
    previousOnTime: 0,
    previousLate: 0,
    previousMissing: 0,
  };
}

/** What a unit's row is read from: its id and targets, its report tally, and each indicator's sums into `sums`. */
export interface UnitReader<U extends { unitId: string; targets: Readonly<Record<string, number | null>> }> {
  tally(unit: U, context: CohortContext, scratch: Scratch, errors: DomainError[]): ReportTally;
  sums(unit: U, code: string, context: CohortContext, sums: number[], errors: DomainError[]): void;
}

/** Units with counts per period and their submissions: summed and tallied here. */
export const PER_PERIOD: UnitReader<CohortUnit> = { tally: reportTally, sums: sumSeries };

/** Units with counts already cumulated and reports already counted (e.g. in SQL): checked and copied. */
export const AGGREGATED: UnitReader<AggregatedCohortUnit> = { tally: countedTally, sums: copyCumulative };

/**
 * Reads unit `i`: report tally, cumulative figures, shortfall, projection and the weighted scores, which go to
 * `scores[i]` and `previousScores[i]` (NaN: none). Rank, movement and class are filled in later; with scoring
 * settings, what the bonus, penalties and tie-breaks need goes to `board` and the scoring pass completes the row.
 * Both kinds of input go through here, so the rules are the same whichever way the counts were summed.
 */
export function unitRow<U extends { unitId: string; targets: Readonly<Record<string, number | null>> }>(
  unit: U,
  reader: UnitReader<U>,
  context: CohortContext,
  scratch: Scratch,
  errors: DomainError[],
  i: number,
  scores: Float64Array,
  previousScores: Float64Array,
  board: ScoringBoard | null,
): RankingRow {
  const reports = reader.tally(unit, context, scratch, errors);
  const { codes, weights, asOf, pacePeriods, remainingPeriods } = context;
  if (board !== null) {
    board.previousOnTime[i] = scratch.previousOnTime;
    board.previousLate[i] = scratch.previousLate;
    board.previousMissing[i] = scratch.previousMissing;
  }
  const sums = scratch.sums;
  const indicators = new Array<IndicatorResult>(codes.length);
  let weighted = 0;
  let weightTotal = 0;
  let previousWeighted = 0;
  let previousWeightTotal = 0;
  for (let k = 0; k < codes.length; k++) {
    const code = codes[k];
    reader.sums(unit, code, context, sums, errors);
    const exact = exactTargetOf(context, unit.targets[code], unit.unitId, code, errors);
    const numerator = sums[N];
    const denominator = sums[D];
    const scored = exact !== null && denominator > 0;
    const met = scored && meetsTarget(numerator, denominator, exact);
    const achievement = scored ? achievementOf(numerator, denominator, exact, met) : null;
    // Projection (see projectFromSums): k pace periods, R left → (k·N + sₙ·R) ÷ (k·D + s_d·R).
    const endNumerator = pacePeriods * numerator + sums[PACE_N] * remainingPeriods;
    const endDenominator = pacePeriods * denominator + sums[PACE_D] * remainingPeriods;
    const projected = endDenominator > 0;
    indicators[k] = {
      code,
      weight: weights[k],
      numerator,
      denominator,
      rate: denominator === 0 ? null : (100 * numerator) / denominator,
      target: exact === null ? null : exact.percent,
      met: scored ? met : null,
      achievement,
      shortfall: scored ? (met ? 0 : shortfallOf(numerator, denominator, exact)) : null,
      projectedRate: projected ? (100 * endNumerator) / endDenominator : null,
      onTrack: projected && exact !== null ? meetsTarget(endNumerator, endDenominator, exact) : null,
    };
    if (achievement !== null) {
      weighted += weights[k] * achievement;
      weightTotal += weights[k];
    }
    const previousN = sums[PREVIOUS_N];
    const previousD = sums[PREVIOUS_D];
    if (board !== null) record(board, i * codes.length + k, sums, exact);
    if (exact !== null && previousD > 0 && asOf > 1) {
      const previousMet = meetsTarget(previousN, previousD, exact);
      previousWeighted += weights[k] * achievementOf(previousN, previousD, exact, previousMet);
      previousWeightTotal += weights[k];
    }
  }
  const score = weightTotal > 0 ? (100 * weighted) / weightTotal : null;
  scores[i] = score === null ? NaN : score;
  previousScores[i] = previousWeightTotal > 0 ? (100 * previousWeighted) / previousWeightTotal : NaN;
  return {
    unitId: unit.unitId,
    rank: null,
    previousRank: null,
    movement: null,
    score,
    baseScore: score,
    bonusPoints: score === null ? null : 0,
    penaltyPoints: score === null ? null : 0,
    class: null,
    classLabel: null,
    tieBreak: null,
    latestReportMissing: scratch.latestMissing,
    indicators,
    reports,
  };
}

/** Keeps one indicator's counts to p and p − 1 and its target for the scoring pass. */
function record(board: ScoringBoard, at: number, sums: number[], exact: ExactTarget | null): void {
  board.numerators[at] = sums[N];
  board.denominators[at] = sums[D];
  board.previousNumerators[at] = sums[PREVIOUS_N];
  board.previousDenominators[at] = sums[PREVIOUS_D];
  board.targets[at] = exact;
}

/** On time and late by each period's first submission; missing = past due without any. */
function reportTally(unit: CohortUnit, context: CohortContext, scratch: Scratch, errors: DomainError[]): ReportTally {
  const { asOf, periodCount, dueTimes, nowTime } = context;
  const firstSubmitted = scratch.firstSubmitted;
  for (let period = 0; period <= periodCount; period++) firstSubmitted[period] = Infinity;
  let wellFormed = true;
  for (const submission of unit.submissions) {
    const period = submission.period;
    const time = submission.submittedAt.getTime();
    if (!Number.isInteger(period) || period < 1 || period > periodCount || Number.isNaN(time)) wellFormed = false;
    else if (time < firstSubmitted[period]) firstSubmitted[period] = time;
  }
  if (!wellFormed) errors.push(...submissionErrors(unit, periodCount));
  let onTime = 0;
  let late = 0;
  let missing = 0;
  for (let period = 1; period <= asOf; period++) {
    const time = firstSubmitted[period];
    if (time !== Infinity) {
      if (time <= dueTimes[period - 1]) onTime++;
      else late++;
    } else if (nowTime > dueTimes[period - 1]) {
      missing++;
    }
  }
  // Period p's report and the tally to p − 1 (this one without period p), as noteLatest does, without its branches.
  const latest = firstSubmitted[asOf];
  const latestDue = dueTimes[asOf - 1];
  const latestMissing = latest === Infinity && nowTime > latestDue;
  scratch.latestMissing = latestMissing;
  scratch.previousOnTime = latest <= latestDue ? onTime - 1 : onTime;
  scratch.previousLate = latest !== Infinity && latest > latestDue ? late - 1 : late;
  scratch.previousMissing = latestMissing ? missing - 1 : missing;
  return { due: context.due, onTime, late, missing };
}

/**
 * Period p's report (undefined: not known) and the tally to p − 1, which is this tally without period p. Not knowing
 * it, the latest report is missing only when the counts prove it: p past due and no past-due period reported.
 */
function noteLatest(
  scratch: Scratch,
  tally: ReportTally,
  latest: Timeliness | null | undefined,
  context: CohortContext,
): void {
  const pastDue = context.nowTime > context.dueTimes[context.asOf - 1];
  scratch.latestMissing = pastDue && (latest === undefined ? tally.missing === tally.due : latest === null);
  scratch.previousOnTime = tally.onTime - (latest === 'ON_TIME' ? 1 : 0);
  scratch.previousLate = tally.late - (latest === 'LATE' ? 1 : 0);
  scratch.previousMissing = tally.missing - (scratch.latestMissing ? 1 : 0);
}

/** The tally from counts: missing = due − the due periods with a report; impossible counts add errors. */
function countedTally(
  unit: AggregatedCohortUnit,
  context: CohortContext,
  scratch: Scratch,
  errors: DomainError[],
): ReportTally {
  const { onTime, late, submittedDue, latest } = unit.reports;
  const { asOf, due } = context;
  const pastDue = context.nowTime > context.dueTimes[asOf - 1];
  // The check of reportCountErrors without its allocations; the detailed errors only when it fails.
  const wellFormed =
    Number.isSafeInteger(onTime) &&
    Number.isSafeInteger(late) &&
    Number.isSafeInteger(submittedDue) &&
    onTime >= 0 &&
    late >= 0 &&
    submittedDue >= 0 &&
    onTime + late <= asOf &&
    submittedDue <= due &&
    submittedDue <= onTime + late &&
    latestFits(latest, onTime, late, submittedDue, due, pastDue) &&
    (latest !== undefined || context.scoring === null);
  if (!wellFormed) {
    errors.push(...reportCountErrors(unit, asOf, due, pastDue, context.scoring !== null));
    const tally = { due, onTime: 0, late: 0, missing: due };
    noteLatest(scratch, tally, null, context);
    return tally;
  }
  const tally = { due, onTime, late, missing: due - submittedDue };
  noteLatest(scratch, tally, latest, context);
  return tally;
}

/** Copies one indicator's cumulative counts into `sums`; malformed ones add errors and count as nothing. */
function copyCumulative(
  unit: AggregatedCohortUnit,
  code: string,
  context: CohortContext,
  sums: number[],
  errors: DomainError[],
): void {
  clear(sums);
  const figures = unit.figures[code];
  if (figures === undefined) return;
  const { numerator, denominator, previousNumerator, previousDenominator, paceNumerator, paceDenominator } = figures;
  // The check of cumulativeErrors without its allocations (12.000 units × 3 indicators); details only on failure.
  const wellFormed =
    isCount(numerator) &&
    isCount(denominator) &&
    isCount(previousNumerator) &&
    isCount(previousDenominator) &&
    isCount(paceNumerator) &&
    isCount(paceDenominator) &&
    numerator <= denominator &&
    previousNumerator <= previousDenominator &&
    paceNumerator <= paceDenominator &&
    previousNumerator <= numerator &&
    previousDenominator <= denominator &&
    paceNumerator <= numerator &&
    paceDenominator <= denominator;
  if (!wellFormed) {
    errors.push(...cumulativeErrors(unit.unitId, code, figures));
    return;
  }
  sums[N] = numerator;
  sums[D] = denominator;
  // Period 1 has no previous ranking, whatever the input says.
  if (context.asOf > 1) {
    sums[PREVIOUS_N] = previousNumerator;
    sums[PREVIOUS_D] = previousDenominator;
  }
  sums[PACE_N] = paceNumerator;
  sums[PACE_D] = paceDenominator;
}

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** Fills `sums` for one indicator of one unit in one pass; a malformed series adds errors and counts as nothing. */
function sumSeries(
  unit: CohortUnit,
  code: string,
  context: CohortContext,
  sums: number[],
  errors: DomainError[],
): void {
  clear(sums);
  const series = unit.counts[code];
  if (series === undefined) return;
  const { numerators, denominators } = series;
  const { asOf, paceFrom, periodCount } = context;
  const length = Math.max(numerators.length, denominators.length);
  let wellFormed = length <= periodCount;
  for (let i = 0; i < length && wellFormed; i++) {
    const n = numerators[i] ?? 0;
    const d = denominators[i] ?? 0;
    if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || n < 0 || n > d) {
      wellFormed = false;
    } else if (i < asOf) {
      sums[N] += n;
      sums[D] += d;
      if (i < asOf - 1) {
        sums[PREVIOUS_N] += n;
        sums[PREVIOUS_D] += d;
      }
      if (i >= paceFrom - 1) {
        sums[PACE_N] += n;
        sums[PACE_D] += d;
      }
    }
  }
  if (!wellFormed) {
    clear(sums);
    errors.push(...seriesErrors(unit.unitId, code, series, periodCount));
  }
}

// Six stores beat a call to Array.prototype.fill 36.000 times.
function clear(sums: number[]): void {
  sums[N] = 0;
  sums[D] = 0;
  sums[PREVIOUS_N] = 0;
  sums[PREVIOUS_D] = 0;
  sums[PACE_N] = 0;
  sums[PACE_D] = 0;
}
