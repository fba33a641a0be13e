import { graphql } from '../../../../generated';

/** The units whose figures in the campaign come from dossier records. */
export const CampaignRecordFeedsQuery = graphql(`
  query CampaignRecordFeeds($campaignId: ID!) {
    campaignRecordFeeds(campaignId: $campaignId)
  }
`);
