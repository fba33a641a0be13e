/** What other parts of the API may use of the public scoreboard; everything else in this folder is its own. */
export * from './campaign-publication.entity';
export * from './publications.resolver';
export * from './public-scoreboard.routes';
export { PublicScoreboards } from './public-scoreboard';
export { PublicAnswerCache } from './public-answer-cache';
