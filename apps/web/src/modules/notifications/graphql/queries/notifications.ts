import { graphql } from '../../../../generated';

/** The latest notifications, the newest first, in the language the request asks for. */
export const NotificationsQuery = graphql(`
  query Notifications($first: Int) {
    notifications(first: $first) {
      totalCount
      edges {
        node {
          id
          kind
          title
          body
          link
          createdAt
          readAt
        }
      }
    }
    unreadNotificationCount
  }
`);
