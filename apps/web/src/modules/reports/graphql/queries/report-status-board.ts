import { graphql } from '../../../../generated';

/** Who has reported for one period: a row per unit, counts per level and the units to remind. */
export const ReportStatusBoardQuery = graphql(`
  query ReportStatusBoard($campaignId: ID!, $period: Int!, $levelKey: String, $status: ReportStatus) {
    reportStatusBoard(campaignId: $campaignId, period: $period, levelKey: $levelKey, status: $status) {
      period {
        index
        startDate
        endDate
        dueAt
      }
      rows {
        status
        submittedAt
        revision
        unit {
          id
          code
          name
        }
        level {
          id
          key
          name
        }
      }
      levels {
        onTime
        late
        missing
        notDue
        total
        level {
          id
          key
          name
        }
      }
      toRemind {
        id
        code
        name
      }
    }
  }
`);
