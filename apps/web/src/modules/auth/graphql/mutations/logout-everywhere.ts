import { graphql } from '../../../../generated';

/** Ends every session of the signed-in user, on every device. */
export const LogoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere {
    logout(input: { everywhere: true }) {
      ok
      sessionsEnded
      userErrors {
        code
        field
        message
      }
    }
  }
`);
