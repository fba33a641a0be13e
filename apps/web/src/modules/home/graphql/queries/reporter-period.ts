import { graphql } from '../../../../generated';

/** The current period (the board's default) and who has reported for it; the campaign's zone to say when it is due. */
export const HomeReporterPeriodQuery = graphql(`
  query HomeReporterPeriod($campaignId: ID!) {
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
      rows {
        status
        submittedAt
        unit {
          id
        }
      }
    }
  }
`);
