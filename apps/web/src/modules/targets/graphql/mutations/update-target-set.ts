import { graphql } from '../../../../generated';

export const UpdateTargetSetMutation = graphql(`
  mutation UpdateTargetSet($input: UpdateTargetSetInput!) {
    updateTargetSet(input: $input) {
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
