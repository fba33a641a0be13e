import { graphql } from '../../../../generated';

export const SetWeeklyReportMailingMutation = graphql(`
  mutation SetWeeklyReportMailing($input: SetWeeklyReportMailingInput!) {
    setWeeklyReportMailing(input: $input) {
      weeklyReportMailing {
        recipients
        delayMinutes
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
