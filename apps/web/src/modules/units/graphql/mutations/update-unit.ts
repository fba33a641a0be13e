import { graphql } from '../../../../generated';

export const UpdateUnitMutation = graphql(`
  mutation UpdateUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
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
