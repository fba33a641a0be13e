import { graphql } from '../../../../generated';

/**
 * Roots (rootsOnly), one node's children (parentId) or a flat search (search / levelKey): one document, one cache
 * field.
 */
export const UnitsQuery = graphql(`
  query Units(
    $levelKey: String
    $parentId: ID
    $rootsOnly: Boolean
    $search: String
    $includeArchived: Boolean
    $first: Int
    $after: String
  ) {
    units(
      levelKey: $levelKey
      parentId: $parentId
      rootsOnly: $rootsOnly
      search: $search
      includeArchived: $includeArchived
      first: $first
      after: $after
    ) {
      totalCount
      edges {
        cursor
        node {
          ...UnitRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
