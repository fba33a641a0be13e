import { graphql } from '../../../../generated';

/**
 * A ranking row as the rankings table, its notes and a unit's page show it: rank, movement, the score and its parts,
 * the tie-break and missing-report notes, the class, the unit, each indicator and the late and missing reports.
 */
export const RankingRowFieldsFragment = graphql(`
  fragment RankingRowFields on RankingRow {
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
    }
    indicators {
      ...IndicatorResultFields
    }
    reports {
      late
      missing
    }
  }
`);
