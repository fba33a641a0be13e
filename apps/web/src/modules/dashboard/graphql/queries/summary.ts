import { graphql } from '../../../../generated';

/** Figures of every level (and of all units, level null) as of a period and target set. */
export const SummaryQuery = graphql(`
  query Summary($campaignId: ID!, $asOfPeriod: Int, $targetSetKey: String) {
    summary(campaignId: $campaignId, asOfPeriod: $asOfPeriod, targetSetKey: $targetSetKey) {
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
`);
