import { graphql } from '../../../../generated';

export const FinalizeReviewMutation = graphql(`
  mutation FinalizeReview($input: FinalizeReviewInput!) {
    finalizeReview(input: $input) {
      review {
        ...ReviewSummary
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
