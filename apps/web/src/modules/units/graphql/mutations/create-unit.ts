import { graphql } from '../../../../generated';

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      unit {
        ...UnitRow
        parent {
          id
          childCount
          childCountWithArchived: childCount(includeArchived: true)
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
