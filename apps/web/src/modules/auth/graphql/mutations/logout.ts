import { graphql } from '../../../../generated';

export const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      ok
      userErrors {
        code
        field
        message
      }
    }
  }
`);
