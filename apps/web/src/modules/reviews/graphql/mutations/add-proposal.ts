import { graphql } from '../../../../generated';

export const AddProposalMutation = graphql(`
  mutation AddProposal($input: AddProposalInput!) {
    addProposal(input: $input) {
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
