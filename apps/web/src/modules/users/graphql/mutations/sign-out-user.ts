import { graphql } from '../../../../generated';

/** Ends every session of a user, on every device; answers how many were open. */
export const SignOutUserMutation = graphql(`
  mutation SignOutUser($input: SignOutUserInput!) {
    signOutUser(input: $input) {
      sessionsEnded
      userErrors {
        code
        field
        message
      }
    }
  }
`);
