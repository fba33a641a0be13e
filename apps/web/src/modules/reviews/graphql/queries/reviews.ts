import { graphql } from '../../../../generated';

/** The campaign's reviews, the latest first. */
export const ReviewsQuery = graphql(`
  query Reviews($campaignId: ID!) {
    reviews(campaignId: $campaignId) {
      ...ReviewSummary
      proposals {
        id
        decision
      }
    }
  }
`);
