import { graphql } from '../../../../generated';

export const ArchiveUnitMutation = graphql(`
  mutation ArchiveUnit($input: ArchiveUnitInput!) {
    archiveUnit(input: $input) {
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
