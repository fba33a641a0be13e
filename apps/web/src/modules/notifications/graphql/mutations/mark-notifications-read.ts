import { graphql } from '../../../../generated';

/** Marks the given notifications read (every one when `ids` is absent); answers the unread count left. */
export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      marked
      unreadCount
      userErrors {
        code
        field
        message
      }
    }
  }
`);
