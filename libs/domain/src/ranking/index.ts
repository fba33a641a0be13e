export * from './legend';
export * from './competition-rank';
export * from './ranking-types';
export { validateRankingSettings } from './validate-ranking-input';
export { rankAggregatedCohort, rankCohort } from './rank-cohort';
export { cumulationWindow, projectCumulative, type CumulationWindow } from './cumulation';
