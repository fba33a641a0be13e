import { DomainError, Result, fail, ok } from '../result';
import { CohortContext, cohortContext } from './cohort-context';
import { createBoard, scoreCohort, ScoringBoard } from './cohort-scoring';
import { competitionRanksOf } from './competition-rank';
import { DEFAULT_LEGEND, classOf, sortLegend } from './legend';
import { AggregatedRankingInput, Ranking, RankingInput, RankingRow } from './ranking-types';
import { ScoringSettings, TieBreakCriterion } from './scoring-settings';
import { chainRanks } from './tie-break';
import { AGGREGATED, PER_PERIOD, UnitReader, createScratch, unitRow } from './unit-row';
import { validateRankingSettings } from './validate-ranking-input';

/**
 * Ranks a cohort as of a period: cumulative figures per indicator, the weighted score, standard competition ranks
 * on the unrounded score (1, 2, 2, 4), the class, movement against the previous period, shortfall, projection and
 * the report tally. Units without a score (no data with a target) come last, unranked; equal scores are listed by
 * unit id. Input errors (period, indicators, weights, legend, targets, counts, submissions) come back as values.
 * With scoring settings (`input.scoring`), the score is the final one — base score, plus the bonus for exceeding
 * targets, less penalties for late and missing reports — and units are ordered by it rounded to two decimals, then
 * by the tie-break chain; movement compares with the previous period ordered the same way.
 * One pass over each unit's arrays with reused buffers: 12.000 units must rank in under 50 ms.
 */
export function rankCohort(input: RankingInput): Result<Ranking> {
  return rankUnits(input, input.units, PER_PERIOD);
}

/**
 * The same ranking from counts already cumulated (to p, to p − 1 and over the pace window of `cumulationWindow`)
 * and reports already counted, e.g. by SQL: the same rules compute figures, scores, ranks, movement and classes, so
 * the result equals rankCohort's on the per-period counts the sums were taken from.
 */
export function rankAggregatedCohort(input: AggregatedRankingInput): Result<Ranking> {
  return rankUnits(input, input.units, AGGREGATED);
}

function rankUnits<U extends { unitId: string; targets: Readonly<Record<string, number | null>> }>(
  input: Omit<RankingInput, 'units'>,
  units: readonly U[],
  reader: UnitReader<U>,
): Result<Ranking> {
  const settingsErrors = validateRankingSettings(input);
  if (settingsErrors.length > 0) return fail(settingsErrors);

  const context = cohortContext(input);
  const scratch = createScratch(context.periodCount);
  const count = units.length;
  const rows: RankingRow[] = new Array<RankingRow>(count);
  const scores = new Float64Array(count);
  const previousScores = new Float64Array(count);
  const errors: DomainError[] = [];
  const { scoring } = context;
  const board = scoring === null ? null : createBoard(count, context.codes.length);
  for (let i = 0; i < count; i++) {
    rows[i] = unitRow(units[i], reader, context, scratch, errors, i, scores, previousScores, board);
  }
  if (errors.length > 0) return fail(errors);

  const legend = sortLegend(input.legend ?? DEFAULT_LEGEND);
  const { ranks, previousRanks, decisive } =
    board === null || scoring === null
      ? {
          ranks: competitionRanksOf(scores),
          previousRanks: context.asOf > 1 ? competitionRanksOf(previousScores) : null,
          decisive: null,
        }
      : scoredRanks(rows, board, context, scoring, scores, previousScores);
  let cohortSize = 0;
  for (let i = 0; i < count; i++) {
    const row = rows[i];
    if (ranks[i] === 0) continue;
    cohortSize++;
    row.rank = ranks[i];
    const previousRank = previousRanks === null || previousRanks[i] === 0 ? null : previousRanks[i];
    row.previousRank = previousRank;
    row.movement = previousRank === null ? null : previousRank - row.rank;
    const entry = classOf(legend, row.score);
    row.class = entry === null ? null : entry.code;
    row.classLabel = entry === null ? null : entry.label;
    if (decisive !== null) row.tieBreak = decisive[i];
  }
  return ok({ asOfPeriod: context.asOf, cohortSize, rows: orderRows(rows, ranks, cohortSize) });
}

/** Ranks with scoring settings: final scores into the rows, then both periods ordered by the same rules. */
function scoredRanks(
  rows: RankingRow[],
  board: ScoringBoard,
  context: CohortContext,
  scoring: ScoringSettings,
  scores: Float64Array,
  previousScores: Float64Array,
): { ranks: Int32Array; previousRanks: Int32Array | null; decisive: (TieBreakCriterion | null)[] } {
  const { current, previous } = scoreCohort(rows, board, context, scoring, scores, previousScores);
  const { ranks, decisive } = chainRanks(current, scoring.tieBreaks);
  return { ranks, previousRanks: previous === null ? null : chainRanks(previous, scoring.tieBreaks).ranks, decisive };
}

/**
 * Ranked rows by rank, then unranked ones; within a rank and among the unranked, in the order the units were given
 * (the caller's: the API gives them by code). A unit of rank r belongs at position r − 1 plus its place among its
 * ties, so the rows are placed directly instead of sorted.
 */
function orderRows(rows: RankingRow[], ranks: Int32Array, cohortSize: number): RankingRow[] {
  const ordered = new Array<RankingRow>(rows.length);
  const placed = new Int32Array(cohortSize + 1);
  let unranked = cohortSize;
  for (let i = 0; i < rows.length; i++) {
    const rank = ranks[i];
    if (rank === 0) ordered[unranked++] = rows[i];
    else ordered[rank - 1 + placed[rank]++] = rows[i];
  }
  return ordered;
}
