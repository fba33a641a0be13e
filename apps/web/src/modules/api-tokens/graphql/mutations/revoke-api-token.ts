import { graphql } from '../../../../generated';

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        ...ApiTokenFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
