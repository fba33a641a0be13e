import { graphql } from '../../../../generated';

/** Who receives the campaign's weekly report by email; ADMIN and BOARD only (FORBIDDEN for the others). */
export const WeeklyReportMailingQuery = graphql(`
  query WeeklyReportMailing($id: ID!) {
    campaign(id: $id) {
      id
      weeklyReportMailing {
        recipients
        delayMinutes
        recentSends {
          period
          recipients
          queuedAt
          sentAt
          error
        }
      }
    }
  }
`);
