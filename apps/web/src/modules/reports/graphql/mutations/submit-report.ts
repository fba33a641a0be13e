import { graphql } from '../../../../generated';

/** Submits a period's figures; a second submit for the same period is a revision. */
export const SubmitReportMutation = graphql(`
  mutation SubmitReport($input: SubmitReportInput!) {
    submitReport(input: $input) {
      outcome
      report {
        ...ReportFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
