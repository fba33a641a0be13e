export * from './legend';
export * from './competition-rank';
export * from './ranking-types';
export {
  DEFAULT_SCORING_SETTINGS,
  MAX_SCORING_POINTS,
  TIE_BREAK_CRITERIA,
  TIE_BREAK_LABELS,
  scoringApplies,
  validateScoringSettings,
  type ScoringSettings,
  type TieBreakCriterion,
} from './scoring-settings';
export { validateRankingSettings } from './validate-ranking-input';
export { rankAggregatedCohort, rankCohort } from './rank-cohort';
export { cumulationWindow, projectCumulative, type CumulationWindow } from './cumulation';
export {
  RANK_ORDER,
  nextRowOrder,
  orderRows,
  sameRowOrderKey,
  type RowOrder,
  type RowOrderDirection,
  type RowOrderKey,
  type RowOrderValue,
} from './row-order';
