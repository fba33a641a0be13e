import { graphql } from '../../../../generated';

/** Name, role, unit, disabled or a new password: only the fields sent change. */
export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        ...UserRow
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
