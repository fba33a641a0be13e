import { graphql } from '../../../../generated';

/** `token` is the secret: present only in this answer, never again. */
export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      apiToken {
        ...ApiTokenFields
      }
      token
      userErrors {
        code
        field
        message
      }
    }
  }
`);
