import { graphql } from '../../../../generated';

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
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
