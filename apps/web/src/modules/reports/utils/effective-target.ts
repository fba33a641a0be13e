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
 * The target a unit is held to per indicator code: its own override in the primary target set, else its level's
 * default there, else none (the indicator is not scored for it).
 */
export function effectiveTargets(
  targetSets: ReadonlyArray<TargetSetLike>,
  unitId: string,
  levelKey: string,
): Map<string, number> {
  const primary = targetSets.find((set) => set.primary);
  const targets = new Map<string, number>();
  if (!primary) return targets;
  for (const target of primary.targets) {
    if (target.level?.key === levelKey && !targets.has(target.indicator.code))
      targets.set(target.indicator.code, target.value);
  }
  for (const target of primary.targets) {
    if (target.unit?.id === unitId) targets.set(target.indicator.code, target.value);
  }
  return targets;
}
