import { graphql } from '../../../../generated';

/** A proposal with the evidence behind it and the board's decision. */
export const ProposalFieldsFragment = graphql(`
  fragment ProposalFields on Proposal {
    id
    unit {
      id
      code
      name
    }
    outcome
    form
    ruleCode
    reason
    evidence {
      variable
      value
    }
    decision
    note
    decidedBy {
      id
      name
    }
    decidedAt
  }
`);
