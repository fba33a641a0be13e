import { graphql } from '../../../../generated';

export const CreateTargetSetMutation = graphql(`
  mutation CreateTargetSet($input: CreateTargetSetInput!) {
    createTargetSet(input: $input) {
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
