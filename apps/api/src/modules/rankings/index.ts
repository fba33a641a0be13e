/** What other features may use of rankings; everything else in this folder is its own. */
export * from './ranking-data';
export * from './ranking.type';
export * from './rankings.service';
export { unitsAtHand, type RankingUnits } from './ranking-units';
export * from './level-summary';
export * from './ranking-changes';
