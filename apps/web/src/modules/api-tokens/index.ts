/** The api-tokens feature's public entry: what other features may use. */
export { ApiTokensQuery } from './graphql/queries/api-tokens';
export { isScope, scopeKey, type Scope } from './utils/scopes';
