import { graphql } from '../../../../generated';

export const CreateRuleMutation = graphql(`
  mutation CreateRule($input: CreateRuleInput!) {
    createRule(input: $input) {
      rule {
        ...RuleFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
