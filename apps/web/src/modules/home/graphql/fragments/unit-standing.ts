import { graphql } from '../../../../generated';

/** A level's ranking as a unit's standing needs it: rank, score, class and each indicator against its target. */
export const HomeUnitStandingFragment = graphql(`
  fragment HomeUnitStanding on Ranking {
    asOfPeriod
    cohortSize
    level {
      id
      key
      name
    }
    rows {
      rank
      score
      class {
        code
        name
      }
      unit {
        id
      }
      indicators {
        rate
        target
        met
        shortfall
        indicator {
          id
          code
          name
        }
      }
    }
  }
`);
