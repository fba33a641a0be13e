/** The units feature's public entry: what other features may use. */
export { LevelsQuery } from './graphql/queries/levels';
export { UnitPicker, type UnitOption } from './components/UnitPicker';
