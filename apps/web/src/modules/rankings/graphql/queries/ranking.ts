import { graphql } from '../../../../generated';

/**
 * One level's ranking as of a period and target set: ranked rows first, then the units without data; with
 * parentUnitId only the rows of the units under that unit (ranked in the whole level). Only what the rankings table
 * and its notes show (a country's level has 10.600 rows; a district's communes a few dozen).
 */
export const RankingQuery = graphql(`
  query Ranking($campaignId: ID!, $levelKey: String!, $asOfPeriod: Int, $targetSetKey: String, $parentUnitId: ID) {
    ranking(
      campaignId: $campaignId
      levelKey: $levelKey
      asOfPeriod: $asOfPeriod
      targetSetKey: $targetSetKey
      parentUnitId: $parentUnitId
    ) {
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
        ...RankingRowFields
        unit {
          childCount
        }
      }
    }
  }
`);
