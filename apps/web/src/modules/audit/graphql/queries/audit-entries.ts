import { graphql } from '../../../../generated';

/** The audit log, the newest first, optionally of one entity type. */
export const AuditEntriesQuery = graphql(`
  query AuditEntries($entityType: String, $first: Int, $after: String) {
    auditEntries(entityType: $entityType, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          at
          action
          entityType
          entityId
          before
          after
          sessionId
          apiTokenId
          actor {
            id
            name
            email
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
