import { graphql } from '../../../../generated';

/** A review with its proposals' decisions: how many are still to be decided. */
export const HomeReviewProgressFragment = graphql(`
  fragment HomeReviewProgress on Review {
    id
    name
    asOfPeriod
    status
    createdAt
    proposals {
      id
      decision
    }
  }
`);
