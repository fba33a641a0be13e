import type { IndicatorResult, RankingRowData } from '../utils/ranking-types';

export function indicatorResult(
  code: string,
  rate: number | null,
  target: number | null = 70,
  extra: Partial<IndicatorResult> = {},
): IndicatorResult {
  return {
    indicator: { code },
    numerator: rate === null ? 0 : Math.round(rate * 10),
    denominator: rate === null ? 0 : 1000,
    rate,
    target,
    met: rate === null || target === null ? null : rate >= target,
    shortfall: null,
    projectedRate: null,
    onTrack: null,
    ...extra,
  };
}

/** A ranking row: rank null and rate null when the unit has no data. */
export function rankingRow(
  index: number,
  {
    rank = index + 1,
    score = 90 - index,
    rate = 80 - index,
    movement = null as number | null,
    baseScore = undefined as number | undefined,
    bonusPoints = 0,
    penaltyPoints = 0,
    tieBreak = null as RankingRowData['tieBreak'],
    latestReportMissing = false,
  } = {},
): RankingRowData {
  const noData = rank === null;
  return {
    rank: noData ? null : rank,
    movement,
    score: noData ? null : score,
    baseScore: noData ? null : (baseScore ?? score),
    bonusPoints: noData ? null : bonusPoints,
    penaltyPoints: noData ? null : penaltyPoints,
    tieBreak,
    latestReportMissing,
    class: noData ? null : { code: 'GOOD', name: 'Tốt', minScore: 75 },
    unit: { id: `u${index}`, code: `U${index}`, name: `Đơn vị ${index}`, childCount: 0 },
    indicators: [indicatorResult('ONLINE_RESOLUTION', noData ? null : rate)],
    reports: { late: 1, missing: 0 },
  };
}
