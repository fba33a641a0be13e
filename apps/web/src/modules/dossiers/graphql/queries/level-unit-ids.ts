import { graphql } from '../../../../generated';

/** The ids of a level's active units, a page at a time: a whole level is fed from records (or not) at once. */
export const LevelUnitIdsQuery = graphql(`
  query LevelUnitIds($levelKey: String!, $first: Int, $after: String) {
    units(levelKey: $levelKey, first: $first, after: $after) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
