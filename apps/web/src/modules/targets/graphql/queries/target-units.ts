import { graphql } from '../../../../generated';

/** The rows of the unit overrides grid: active units of a level (or all), optionally under one parent or matching a search. */
export const TargetUnitsQuery = graphql(`
  query TargetUnits($levelKey: String, $parentId: ID, $search: String, $first: Int, $after: String) {
    units(levelKey: $levelKey, parentId: $parentId, search: $search, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          code
          name
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
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
