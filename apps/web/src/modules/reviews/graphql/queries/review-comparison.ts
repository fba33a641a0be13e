import { graphql } from '../../../../generated';

/** What changed since the campaign's previous review; asked apart so it does not weigh on the review query. */
export const ReviewComparisonQuery = graphql(`
  query ReviewComparison($id: ID!) {
    review(id: $id) {
      id
      comparison {
        previousReview {
          id
          name
          asOfPeriod
        }
        added {
          id
          outcome
          form
          unit {
            id
            name
          }
        }
        dropped {
          id
          outcome
          form
          unit {
            id
            name
          }
        }
        outcomeChanged {
          before
          after
          unit {
            id
            name
          }
        }
      }
    }
  }
`);
