import { graphql } from '../../../../generated';

/**
 * One level's ranking as of a period and target set: ranked rows first, then the units without data. Only what the
 * rankings table, its notes and the unit page show (a country's level has 10.600 rows).
 */
export const RankingQuery = graphql(`
  query Ranking($campaignId: ID!, $levelKey: String!, $asOfPeriod: Int, $targetSetKey: String) {
    ranking(campaignId: $campaignId, levelKey: $levelKey, asOfPeriod: $asOfPeriod, targetSetKey: $targetSetKey) {
      asOfPeriod
      cohortSize
      level {
        id
        key
        name
      }
      targetSet {
        id
        key
        name
      }
      rows {
        rank
        movement
        score
        baseScore
        bonusPoints
        penaltyPoints
        tieBreak
        latestReportMissing
        class {
          code
          name
          minScore
        }
        unit {
          id
          code
          name
          childCount
          parent {
            id
          }
        }
        indicators {
          ...IndicatorResultFields
        }
        reports {
          late
          missing
        }
      }
    }
  }
`);
