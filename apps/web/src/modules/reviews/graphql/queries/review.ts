import { graphql } from '../../../../generated';

/** One review: what it is about and the frozen rankings of every level (its proposals come on their own). */
export const ReviewQuery = graphql(`
  query Review($id: ID!) {
    review(id: $id) {
      ...ReviewSummary
      rankings {
        cohortSize
        level {
          id
          key
          name
        }
        rows {
          rank
          score
          baseScore
          bonusPoints
          penaltyPoints
          tieBreak
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
              name
            }
            rate
            target
            met
          }
          reports {
            onTime
            late
            missing
          }
        }
      }
    }
  }
`);
