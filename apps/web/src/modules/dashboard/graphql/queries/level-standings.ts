import { graphql } from '../../../../generated';

/**
 * One level's ranking as of a period and as of the period before (the same period again for the first): who is
 * behind, who moved, the scorecard. Only `ranking` fields: the server runs it compiled and keeps it a few seconds.
 */
export const LevelStandingsQuery = graphql(`
  query LevelStandings(
    $campaignId: ID!
    $levelKey: String!
    $asOfPeriod: Int!
    $previousPeriod: Int!
    $targetSetKey: String
  ) {
    current: ranking(
      campaignId: $campaignId
      levelKey: $levelKey
      asOfPeriod: $asOfPeriod
      targetSetKey: $targetSetKey
    ) {
      ...LevelStandingFields
    }
    previous: ranking(
      campaignId: $campaignId
      levelKey: $levelKey
      asOfPeriod: $previousPeriod
      targetSetKey: $targetSetKey
    ) {
      rows {
        rank
        score
        unit {
          id
        }
        indicators {
          indicator {
            id
            code
          }
          rate
        }
      }
    }
  }

  fragment LevelStandingFields on Ranking {
    asOfPeriod
    cohortSize
    rows {
      rank
      previousRank
      movement
      score
      latestReportMissing
      class {
        code
        name
      }
      unit {
        id
        code
        name
      }
      indicators {
        indicator {
          id
          code
        }
        rate
        target
        met
        achievement
      }
    }
  }
`);
