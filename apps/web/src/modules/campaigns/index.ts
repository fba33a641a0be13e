/** The campaigns feature's public entry: what other features may use. */
export { CampaignQuery } from './graphql/queries/campaign';
export { CampaignsQuery } from './graphql/queries/campaigns';
export { useCurrentCampaign } from './hooks/useCurrentCampaign';
