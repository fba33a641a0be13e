import { graphql } from '../../../../generated';

export const ApiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    scopes
    createdAt
    lastUsedAt
    revokedAt
    expiresAt
  }
`);
