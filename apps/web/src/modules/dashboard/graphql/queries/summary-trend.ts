import { graphql } from '../../../../generated';

/** The level summary as of every period 1..throughPeriod, in one request (the trend charts and the latest figures). */
export const SummaryTrendQuery = graphql(`
  query SummaryTrend($campaignId: ID!, $throughPeriod: Int, $targetSetKey: String) {
    summaryTrend(campaignId: $campaignId, throughPeriod: $throughPeriod, targetSetKey: $targetSetKey) {
      asOfPeriod
      levels {
        unitCount
        level {
          id
          key
          name
        }
        indicators {
          ...IndicatorResultFields
        }
      }
    }
  }
`);
