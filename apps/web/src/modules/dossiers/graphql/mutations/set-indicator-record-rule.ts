import { graphql } from '../../../../generated';

export const SetIndicatorRecordRuleMutation = graphql(`
  mutation SetIndicatorRecordRule($input: SetIndicatorRecordRuleInput!) {
    setIndicatorRecordRule(input: $input) {
      rule {
        indicator {
          id
        }
        numerator
        denominator
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
