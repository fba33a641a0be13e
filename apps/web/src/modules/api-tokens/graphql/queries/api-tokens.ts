import { graphql } from '../../../../generated';

/** Every API token, the newest first (never their secrets). */
export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
`);
