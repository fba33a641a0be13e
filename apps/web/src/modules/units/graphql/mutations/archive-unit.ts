import { graphql } from '../../../../generated';

export const ArchiveUnitMutation = graphql(`
  mutation ArchiveUnit($input: ArchiveUnitInput!) {
    archiveUnit(input: $input) {
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
