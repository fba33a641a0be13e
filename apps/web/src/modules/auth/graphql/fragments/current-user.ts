import { graphql } from '../../../../generated';

export const CurrentUserFragment = graphql(`
  fragment CurrentUser on User {
    id
    email
    name
    role
    unit {
      id
      name
    }
  }
`);
