import { graphql } from '../../../../generated';

/** A period's reports: how many were due and came in per level, and the units not yet reported with their parent. */
export const MissingReportsQuery = graphql(`
  query MissingReports($campaignId: ID!, $period: Int!) {
    reportStatusBoard(campaignId: $campaignId, period: $period) {
      period {
        index
        dueAt
      }
      levels {
        level {
          id
          key
        }
        total
        onTime
        late
        missing
        notDue
      }
      toRemind {
        id
        name
        parent {
          id
          name
        }
      }
    }
  }
`);
