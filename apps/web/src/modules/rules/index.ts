/** The rules feature's public entry: what other features may use. */
export { RulesQuery } from './graphql/queries/rules';
export { describeEvidence, type EvidenceLike } from './utils/evidence';
