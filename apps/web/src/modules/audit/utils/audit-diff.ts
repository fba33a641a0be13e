/** One field of an audit entry: its value before and after the change, and whether it changed. */
export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Before → after, field by field, in the order the fields first appear (after's new fields last). A creation has no
 * before, so every field it sets counts as changed. Values that are not objects are compared as one field "".
 */
export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  if (before == null && after == null) return [];
  if (!isRecord(before ?? {}) || !isRecord(after ?? {}))
    return [{ field: '', before, after, changed: !same(before, after) }];
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields.map((field) => ({ field, before: b[field], after: a[field], changed: !same(b[field], a[field]) }));
}

/** A value as a person reads it: text as is, anything else as compact JSON; nothing is null. */
export function displayValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** What the entry is about, in words, when its values say (a name, an email, a code). */
export function entityLabel(before: unknown, after: unknown): string | null {
  for (const values of [after, before]) {
    if (!isRecord(values)) continue;
    for (const key of ['name', 'email', 'code']) {
      const value = values[key];
      if (typeof value === 'string' && value.trim()) return value;
    }
  }
  return null;
}
