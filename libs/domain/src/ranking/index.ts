export * from './legend';
export * from './competition-rank';
export * from './ranking-types';
export { validateRankingSettings } from './validate-ranking-input';
export { rankCohort } from './rank-cohort';
