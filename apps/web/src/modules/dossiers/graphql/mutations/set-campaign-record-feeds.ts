import { graphql } from '../../../../generated';

export const SetCampaignRecordFeedsMutation = graphql(`
  mutation SetCampaignRecordFeeds($input: SetCampaignRecordFeedsInput!) {
    setCampaignRecordFeeds(input: $input) {
      fedUnitCount
      userErrors {
        code
        field
        message
      }
    }
  }
`);
