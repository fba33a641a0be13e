/** What other features may use of units; everything else in this folder is its own. */
export * from './unit.entity';
export * from './unit.loaders';
export * from './unit.type';
export { UnitsService, type UnitFilter } from './units.service';
