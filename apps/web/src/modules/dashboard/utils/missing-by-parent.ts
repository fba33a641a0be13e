/** A unit not yet reported, with the unit it belongs to (a commune's district). */
export interface MissingUnit {
  id: string;
  name: string;
  parent: { id: string; name: string } | null;
}

export interface MissingGroup {
  /** null: units that belong to no other unit. */
  parent: { id: string; name: string } | null;
  units: MissingUnit[];
}

/**
 * The units not yet reported, grouped by their parent (a commune under its district): groups and units in
 * alphabetical order of the language (`compare`, e.g. Intl.Collator('vi').compare), the units without a parent last.
 */
export function groupByParent(
  units: readonly MissingUnit[],
  compare: (a: string, b: string) => number,
): MissingGroup[] {
  const groups = new Map<string | null, MissingGroup>();
  for (const unit of units) {
    const key = unit.parent?.id ?? null;
    const group = groups.get(key) ?? { parent: unit.parent, units: [] };
    group.units.push(unit);
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) =>
    a.parent === null ? 1 : b.parent === null ? -1 : compare(a.parent.name, b.parent.name),
  );
  for (const group of sorted) group.units.sort((a, b) => compare(a.name, b.name));
  return sorted;
}
