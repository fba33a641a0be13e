/** A status board row as the home needs it: the status and the unit with its parent. */
export interface StatusRowLike {
  status: 'ON_TIME' | 'LATE' | 'MISSING' | 'NOT_DUE';
  unit: { id: string; name: string; parent?: { id: string; name: string } | null };
}

/** Units under one parent (a district for communes, the province for districts and departments). */
export interface ParentGroup<R extends StatusRowLike> {
  /** Null for units without a parent. */
  parent: { id: string; name: string } | null;
  rows: R[];
}

/** Whether a unit has no report for the period: missing once due, not due yet before. */
export function hasNotReported(row: Pick<StatusRowLike, 'status'>): boolean {
  return row.status === 'MISSING' || row.status === 'NOT_DUE';
}

/** The units without a report, grouped by parent: the groups by name (Vietnamese order), units by name in each. */
export function notReportedByParent<R extends StatusRowLike>(rows: readonly R[]): ParentGroup<R>[] {
  const groups = new Map<string, ParentGroup<R>>();
  for (const row of rows) {
    if (!hasNotReported(row)) continue;
    const parent = row.unit.parent ?? null;
    const key = parent?.id ?? '';
    const group = groups.get(key) ?? { parent, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'vi');
  return [...groups.values()]
    .map((group) => ({ ...group, rows: [...group.rows].sort((a, b) => byName(a.unit.name, b.unit.name)) }))
    .sort((a, b) => {
      if (!a.parent || !b.parent) return (a.parent ? 0 : 1) - (b.parent ? 0 : 1);
      return byName(a.parent.name, b.parent.name);
    });
}
