import { graphql } from '../../../../generated';

/** The history of a campaign's targets, latest first, page by page. */
export const TargetChangesQuery = graphql(`
  query TargetChanges($campaignId: ID!, $targetSetKey: String, $first: Int, $after: String) {
    campaign(id: $campaignId) {
      id
      targetChanges(targetSetKey: $targetSetKey, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            changedAt
            oldValue
            newValue
            changedBy {
              id
              name
            }
            targetSet {
              id
              key
              name
            }
            indicator {
              id
              code
              name
            }
            level {
              id
              name
            }
            unit {
              id
              code
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
  }
`);
