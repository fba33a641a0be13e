/** What other features may use of campaigns; everything else in this folder is its own. */
export * from './campaign-context';
export * from './campaign.entity';
export * from './campaign.loaders';
export * from './campaign.type';
export * from './scoring.type';
export * from './record-feeds';
export * from './unknown-campaign';
export * from './kept-figures';
export * from './kept-figures-check';
export { MAX_CAMPAIGN_INDICATORS } from './campaign-rules';
