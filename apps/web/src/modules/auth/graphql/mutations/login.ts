import { graphql } from '../../../../generated';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      user {
        ...CurrentUser
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
