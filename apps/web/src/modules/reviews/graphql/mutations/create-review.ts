import { graphql } from '../../../../generated';

export const CreateReviewMutation = graphql(`
  mutation CreateReview($input: CreateReviewInput!) {
    createReview(input: $input) {
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
