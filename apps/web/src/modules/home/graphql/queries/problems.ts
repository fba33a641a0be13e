import { graphql } from '../../../../generated';

/** Units at 0 % on an indicator with dossiers received, as of the last due period (from the weekly report). */
export const HomeProblemsQuery = graphql(`
  query HomeProblems($campaignId: ID!) {
    weeklyReport(campaignId: $campaignId) {
      period {
        index
      }
      zeroRateUnits {
        denominator
        unit {
          id
          name
          parent {
            id
            name
          }
        }
        indicator {
          id
          name
        }
      }
    }
  }
`);
