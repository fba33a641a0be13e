/** The indicators feature's public entry: what other features may use. */
export { IndicatorsQuery } from './graphql/queries/indicators';
