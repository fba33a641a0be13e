import { graphql } from '../../../../generated';

export const UpdateIndicatorMutation = graphql(`
  mutation UpdateIndicator($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      indicator {
        ...IndicatorFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
