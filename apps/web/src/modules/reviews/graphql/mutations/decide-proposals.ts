import { graphql } from '../../../../generated';

/** One decision and note for several proposals of a review: all or nothing. PENDING sets them back. */
export const DecideProposalsMutation = graphql(`
  mutation DecideProposals($input: DecideProposalsInput!) {
    decideProposals(input: $input) {
      proposals {
        ...ProposalFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
