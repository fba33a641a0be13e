import { graphql } from '../../../../generated';

/** A review as the list shows it. */
export const ReviewSummaryFragment = graphql(`
  fragment ReviewSummary on Review {
    id
    name
    asOfPeriod
    status
    decisionNumber
    decisionDate
    createdAt
    finalizedAt
    targetSet {
      id
      key
      name
    }
  }
`);
