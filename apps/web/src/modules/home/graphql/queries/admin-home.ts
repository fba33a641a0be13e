import { graphql } from '../../../../generated';

/** The admin's week: who has reported for the current period (grouped by parent unit on screen) and the reviews. */
export const HomeAdminQuery = graphql(`
  query HomeAdmin($campaignId: ID!) {
    campaign(id: $campaignId) {
      id
      timeZone
    }
    reportStatusBoard(campaignId: $campaignId) {
      period {
        index
        startDate
        endDate
        dueAt
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
      rows {
        status
        unit {
          id
          name
          parent {
            id
            name
          }
        }
      }
    }
    reviews(campaignId: $campaignId) {
      ...HomeReviewProgress
    }
  }
`);
