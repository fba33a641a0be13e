import { graphql } from '../../../../generated';

/** Edits a rule, or enables / disables it; the version read guards against another editor. */
export const UpdateRuleMutation = graphql(`
  mutation UpdateRule($input: UpdateRuleInput!) {
    updateRule(input: $input) {
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
