/** The targets feature's public entry: what other features may use. */
export { TargetUnitsQuery } from './graphql/queries/target-units';
export { useTargetUnits, type TargetUnit } from './hooks/useTargetUnits';
