import { graphql } from '../../../../generated';

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      unit {
        ...UnitRow
        parent {
          id
          childCount
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
