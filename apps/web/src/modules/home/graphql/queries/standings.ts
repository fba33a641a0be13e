import { graphql } from '../../../../generated';

/** Each level's leading and trailing units as of the last due period, from the weekly report (board and viewer). */
export const HomeStandingsQuery = graphql(`
  query HomeStandings($campaignId: ID!) {
    weeklyReport(campaignId: $campaignId) {
      period {
        index
      }
      levels {
        cohortSize
        level {
          id
          key
          name
        }
        top {
          ...HomeStandingRow
        }
        bottom {
          ...HomeStandingRow
        }
      }
    }
  }
`);
