import { ownValue } from '../result';

/** One target set of a campaign: defaults per level and the overrides assigned to individual units, in percent. */
export interface TargetSet {
  code: string;
  name?: string;
  /** level key → indicator code → target. */
  levelDefaults: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** unit id → indicator code → target. */
  unitOverrides: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Where a unit's target came from. */
export type TargetSource = 'UNIT_OVERRIDE' | 'LEVEL_DEFAULT';

/** A target that applies to a unit, with its source. */
export interface ResolvedTarget {
  value: number;
  source: TargetSource;
}

/** The unit the target is resolved for. */
export interface TargetedUnit {
  unitId: string;
  level: string;
}

/** The unit's own override for the indicator, else its level's default, else null (the indicator is not scored). */
export function resolveTarget(set: TargetSet, unit: TargetedUnit, indicatorCode: string): ResolvedTarget | null {
  const override = ownValue(ownValue(set.unitOverrides, unit.unitId), indicatorCode);
  if (override !== undefined) return { value: override, source: 'UNIT_OVERRIDE' };
  const levelDefault = ownValue(ownValue(set.levelDefaults, unit.level), indicatorCode);
  if (levelDefault !== undefined) return { value: levelDefault, source: 'LEVEL_DEFAULT' };
  return null;
}

/** The targets of a unit for each indicator (null where none applies), ready for ranking. */
export function resolveTargets(
  set: TargetSet,
  unit: TargetedUnit,
  indicatorCodes: readonly string[],
): Record<string, number | null> {
  const targets: Record<string, number | null> = {};
  for (const code of indicatorCodes) targets[code] = resolveTarget(set, unit, code)?.value ?? null;
  return targets;
}

/** A level's default target for an indicator, or null: what a level's summary is held against. */
export function levelDefaultTarget(set: TargetSet, level: string, indicatorCode: string): number | null {
  return ownValue(ownValue(set.levelDefaults, level), indicatorCode) ?? null;
}
