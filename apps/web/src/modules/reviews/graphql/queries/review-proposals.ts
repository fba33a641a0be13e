import { graphql } from '../../../../generated';

/** The proposals the board works through; refetched after each decision, since one decision can settle a conflict. */
export const ReviewProposalsQuery = graphql(`
  query ReviewProposals($id: ID!, $language: Language!) {
    review(id: $id) {
      id
      status
      proposals {
        ...ReviewProposalFields
      }
    }
  }
`);
