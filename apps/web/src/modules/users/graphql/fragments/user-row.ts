import { graphql } from '../../../../generated';

/** One account as the users table and its dialogs show it. */
export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    email
    name
    role
    disabled
    unit {
      id
      code
      name
    }
  }
`);
