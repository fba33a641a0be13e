import { graphql } from '../../../../generated';

/** One unit in a top-or-bottom list. */
export const HomeStandingRowFragment = graphql(`
  fragment HomeStandingRow on RankingRow {
    rank
    score
    class {
      code
      name
    }
    unit {
      id
      name
    }
  }
`);
