import { graphql } from '../../../../generated';

/** The unit a unit page is about: its level names the ranking it sits in. */
export const RankingUnitQuery = graphql(`
  query RankingUnit($id: ID!) {
    unit(id: $id) {
      id
      code
      name
      childCount
      level {
        id
        key
        name
      }
      parent {
        id
        name
      }
    }
  }
`);
