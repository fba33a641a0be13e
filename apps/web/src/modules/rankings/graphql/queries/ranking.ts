import { graphql } from '../../../../generated';

/**
 * One level's ranking as of a period and target set, its rows a page at a time: ranked rows first, then the units
 * without data, or in the order of another column; with parentUnitId only the rows of the units under that unit
 * (ranked in the whole level), with search only those whose unit's name or code holds its words. Only what the
 * rankings table and its notes show (a country's level has 10.600 rows; a district's communes a few dozen).
 */
export const RankingQuery = graphql(`
  query Ranking(
    $campaignId: ID!
    $levelKey: String!
    $asOfPeriod: Int
    $targetSetKey: String
    $parentUnitId: ID
    $orderBy: RankingRowOrder
    $search: String
    $first: Int
    $after: String
  ) {
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
      rowsConnection(first: $first, after: $after, orderBy: $orderBy, search: $search) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...RankingRowFields
            unit {
              childCount
            }
          }
        }
      }
    }
  }
`);
