import { graphql } from '../../../../generated';

export const ImportUnitsMutation = graphql(`
  mutation ImportUnits($input: ImportUnitsInput!) {
    importUnits(input: $input) {
      created
      updated
      userErrors {
        code
        field
        message
      }
    }
  }
`);
