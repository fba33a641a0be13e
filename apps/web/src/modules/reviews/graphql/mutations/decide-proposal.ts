import { graphql } from '../../../../generated';

/** Approve, reject or set back to pending, until the review is finalized. */
export const DecideProposalMutation = graphql(`
  mutation DecideProposal($input: DecideProposalInput!) {
    decideProposal(input: $input) {
      proposal {
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
