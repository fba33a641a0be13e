import { graphql } from '../../../../generated';

/** One number, cheap to ask for again and again: the bell's count. */
export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);
