import { graphql } from '../../../../generated';

/** The rows of the unit overrides grid: active units of a level, optionally under one parent. */
export const TargetUnitsQuery = graphql(`
  query TargetUnits($levelKey: String, $parentId: ID, $first: Int, $after: String) {
    units(levelKey: $levelKey, parentId: $parentId, first: $first, after: $after) {
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
