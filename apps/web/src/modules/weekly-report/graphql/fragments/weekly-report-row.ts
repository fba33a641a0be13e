import { graphql } from '../../../../generated';

/** A unit's line in the weekly report: rank, movement, score, class and each indicator against its target. */
export const WeeklyReportRowFragment = graphql(`
  fragment WeeklyReportRow on RankingRow {
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
      numerator
      denominator
      rate
      target
      met
    }
  }
`);
