import { graphql } from '../../../../generated';

/** Every account, by email, page by page. */
export const UsersQuery = graphql(`
  query Users($first: Int, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...UserRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
