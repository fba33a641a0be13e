import { DomainError, Result, fail, ok } from '../result';
import { cohortContext } from './cohort-context';
import { competitionRanksOf } from './competition-rank';
import { DEFAULT_LEGEND, classOf, sortLegend } from './legend';
import { AggregatedRankingInput, Ranking, RankingInput, RankingRow } from './ranking-types';
import { AGGREGATED, PER_PERIOD, UnitReader, createScratch, unitRow } from './unit-row';
import { validateRankingSettings } from './validate-ranking-input';

/**
 * Ranks a cohort as of a period: cumulative figures per indicator, the weighted score, standard competition ranks
 * on the unrounded score (1, 2, 2, 4), the class, movement against the previous period, shortfall, projection and
 * the report tally. Units without a score (no data with a target) come last, unranked; equal scores are listed by
 * unit id. Input errors (period, indicators, weights, legend, targets, counts, submissions) come back as values.
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
  for (let i = 0; i < count; i++) {
    rows[i] = unitRow(units[i], reader, context, scratch, errors, i, scores, previousScores);
  }
  if (errors.length > 0) return fail(errors);

  const legend = sortLegend(input.legend ?? DEFAULT_LEGEND);
  const ranks = competitionRanksOf(scores);
  const previousRanks = context.asOf > 1 ? competitionRanksOf(previousScores) : null;
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
  }
  return ok({ asOfPeriod: context.asOf, cohortSize, rows: orderRows(rows, ranks, cohortSize) });
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
