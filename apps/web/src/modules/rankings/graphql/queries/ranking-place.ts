import { graphql } from '../../../../generated';

/**
 * A unit's place in its level's ranking: the cohort's size and the unit's row with the rows above it that its place
 * is explained from (rowsAbove), not the whole level — a country's communes are 10.600 rows.
 */
export const RankingPlaceQuery = graphql(`
  query RankingPlace($campaignId: ID!, $levelKey: String!, $asOfPeriod: Int, $targetSetKey: String, $unitId: ID!) {
    ranking(campaignId: $campaignId, levelKey: $levelKey, asOfPeriod: $asOfPeriod, targetSetKey: $targetSetKey) {
      asOfPeriod
      cohortSize
      targetSet {
        id
        key
        name
      }
      rowsAbove(unitId: $unitId) {
        ...RankingRowFields
      }
    }
  }
`);
