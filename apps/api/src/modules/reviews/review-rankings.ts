import type { RequestLoaders } from '../../foundation/database/request-loaders';
import { indicatorById, type IndicatorEntity } from '../indicators';
import { levelById, type LevelEntity } from '../levels';
import { rankingResultOf, unitsAtHand, type RankedRow, type RankingResult } from '../rankings';
import { targetSetById, type TargetSetEntity } from '../targets';
import { unitById, type UnitEntity } from '../units';
import type { ReviewEntity, SnapshotRanking } from './review.entity';

/** A review's frozen rankings, one per level, in the API's terms: what was computed when the review was made. */
export async function snapshotRankings(review: ReviewEntity, loaders: RequestLoaders): Promise<RankingResult[]> {
  const { snapshot } = review;
  const unitIds = snapshot.rankings.flatMap((ranking) => ranking.rows.map((row) => row.unitId));
  const indicatorIds = [
    ...new Set(
      snapshot.rankings.flatMap((ranking) =>
        ranking.rows.flatMap((row) => row.indicators.map((figure) => figure.indicatorId)),
      ),
    ),
  ];
  const [units, indicators, levels, targetSet] = await Promise.all([
    loaders.of(unitById).loadMany(unitIds),
    loaders.of(indicatorById).loadMany(indicatorIds),
    loaders.of(levelById).loadMany(snapshot.rankings.map((ranking) => ranking.levelId)),
    loaders.of(targetSetById).load(review.targetSetId),
  ]);
  const codeById = new Map((indicators as IndicatorEntity[]).map((indicator) => [indicator.id, indicator.code]));
  const references = {
    units: unitsAtHand(new Map((units as UnitEntity[]).map((unit) => [unit.id, unit]))),
    indicatorByCode: new Map((indicators as IndicatorEntity[]).map((indicator) => [indicator.code, indicator])),
    classByCode: new Map(snapshot.legend.map((entry) => [entry.code, entry])),
  };
  return snapshot.rankings.map((ranking, i) =>
    rankingResultOf(
      { level: levels[i] as LevelEntity, asOfPeriod: review.asOfPeriod, targetSet: targetSet as TargetSetEntity },
      { cohortSize: ranking.cohortSize, rows: ranking.rows.map((row) => rankedRowOf(row, codeById)) },
      references,
    ),
  );
}

/** A stored row read back as @thidua/domain gave it: the legend class and the indicators by code. */
function rankedRowOf(row: SnapshotRanking['rows'][number], codeById: ReadonlyMap<string, string>): RankedRow {
  const scored = row.score !== null;
  return {
    ...row,
    baseScore: row.baseScore === undefined ? row.score : row.baseScore,
    bonusPoints: row.bonusPoints === undefined ? (scored ? 0 : null) : row.bonusPoints,
    penaltyPoints: row.penaltyPoints === undefined ? (scored ? 0 : null) : row.penaltyPoints,
    tieBreak: row.tieBreak ?? null,
    latestReportMissing: row.latestReportMissing ?? false,
    class: row.classCode,
    indicators: row.indicators.map(({ indicatorId, ...figure }) => ({
      ...figure,
      code: codeById.get(indicatorId) ?? '',
    })),
  };
}
