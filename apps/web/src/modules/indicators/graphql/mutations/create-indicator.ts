import { graphql } from '../../../../generated';

export const CreateIndicatorMutation = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
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
