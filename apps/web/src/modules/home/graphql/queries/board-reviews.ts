import { graphql } from '../../../../generated';

/** The campaign's reviews with their proposals' decisions, for the board's home. */
export const HomeBoardReviewsQuery = graphql(`
  query HomeBoardReviews($campaignId: ID!) {
    reviews(campaignId: $campaignId) {
      ...HomeReviewProgress
    }
  }
`);
