/** The rankings feature's public entry: what other features may use. */
export { RankingFilters } from './components/RankingFilters';
export { RateCell } from './components/RateCell';
export { TrendChart, TrendTable } from './components/TrendChart';
export { useRankingParams, type RankingParams } from './hooks/useRankingParams';
export { primarySetKey, type RankedCampaign } from './utils/campaign-types';
export { cumulativeRates, type TrendPoint, type TrendSeries } from './utils/trend';
export { MissingReportMark, RowNotes } from './components/RowNotes';
export { ScoreCell } from './components/ScoreCell';
export { rowsHaveParts, scorePartsText, tieBreakLabel } from './utils/score-parts';
export { ClassBadge } from './components/ClassBadge';
export { classTone, legendCodesBestFirst, type ClassTone } from './utils/class-tone';
