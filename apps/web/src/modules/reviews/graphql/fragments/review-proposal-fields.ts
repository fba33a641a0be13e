import { graphql } from '../../../../generated';

/** A proposal as the board's workspace shows it: why it needs a second look and its rule's condition in words. */
export const ReviewProposalFieldsFragment = graphql(`
  fragment ReviewProposalFields on Proposal {
    ...ProposalFields
    unit {
      id
      level {
        id
        key
        name
        depth
      }
    }
    conflicts
    conditionText(language: $language)
  }
`);
