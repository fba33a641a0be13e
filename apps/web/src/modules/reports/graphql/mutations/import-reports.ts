import { graphql } from '../../../../generated';

/** One period's figures for many units from a CSV or XLSX file: all rows or none. */
export const ImportReportsMutation = graphql(`
  mutation ImportReports($input: ImportReportsInput!) {
    importReports(input: $input) {
      created
      revised
      unchanged
      userErrors {
        code
        field
        message
      }
    }
  }
`);
