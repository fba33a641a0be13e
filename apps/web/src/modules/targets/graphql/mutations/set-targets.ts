import { graphql } from '../../../../generated';

/** The whole grid in one write: every changed cell, with the set's version. */
export const SetTargetsMutation = graphql(`
  mutation SetTargets($input: SetTargetsInput!) {
    setTargets(input: $input) {
      changed
      targetSet {
        ...TargetSetFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
