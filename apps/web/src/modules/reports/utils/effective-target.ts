import { resolveTarget, type TargetSet } from '@thidua/domain';

interface TargetLike {
  value: number;
  indicator: { code: string };
  level?: { key: string } | null;
  unit?: { id: string } | null;
}

interface TargetSetLike {
  primary: boolean;
  targets: ReadonlyArray<TargetLike>;
}

/**
 * The target a unit is held to per indicator code, by @thidua/domain's `resolveTarget` on the primary target set: its
 * own override there, else its level's default there, else none (the indicator is not scored for it).
 */
export function effectiveTargets(
  targetSets: ReadonlyArray<TargetSetLike>,
  unitId: string,
  levelKey: string,
): Map<string, number> {
  const primary = targetSets.find((set) => set.primary);
  const targets = new Map<string, number>();
  if (!primary) return targets;
  const levelDefaults = new Map<string, number>();
  const overrides = new Map<string, number>();
  for (const target of primary.targets) {
    const code = target.indicator.code;
    if (target.level?.key === levelKey && !levelDefaults.has(code)) levelDefaults.set(code, target.value);
    if (target.unit?.id === unitId) overrides.set(code, target.value);
  }
  // Only this unit and its level matter here; Object.fromEntries keeps any code as an own key.
  const set: TargetSet = {
    code: '',
    levelDefaults: { [levelKey]: Object.fromEntries(levelDefaults) },
    unitOverrides: { [unitId]: Object.fromEntries(overrides) },
  };
  for (const code of new Set([...levelDefaults.keys(), ...overrides.keys()])) {
    const resolved = resolveTarget(set, { unitId, level: levelKey }, code);
    if (resolved) targets.set(code, resolved.value);
  }
  return targets;
}
