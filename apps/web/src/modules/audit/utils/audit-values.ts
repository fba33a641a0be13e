import { displayValue } from './audit-diff';

/** How a stored field's value is read by a person. Fields not listed keep their stored value. */
export type AuditValueKind =
  | 'role'
  | 'boolean'
  | 'date'
  | 'dateTime'
  | 'number'
  | 'unit'
  | 'units'
  | 'level'
  | 'scopes'
  | 'decision'
  | 'outcome'
  | 'campaignStatus'
  | 'weekday';

/** The fields the API's audit entries record (recordAudit calls in apps/api/src/modules), by how they read. */
export const AUDIT_FIELD_KINDS: Readonly<Record<string, AuditValueKind>> = {
  role: 'role',
  disabled: 'boolean',
  passwordReset: 'boolean',
  enabled: 'boolean',
  primary: 'boolean',
  fed: 'boolean',
  revokedAt: 'dateTime',
  archivedAt: 'dateTime',
  startDate: 'date',
  endDate: 'date',
  decisionDate: 'date',
  unitId: 'unit',
  parentId: 'unit',
  unitIds: 'units',
  levelId: 'level',
  scopes: 'scopes',
  decision: 'decision',
  outcome: 'outcome',
  status: 'campaignStatus',
  dueWeekday: 'weekday',
  period: 'number',
  revision: 'number',
  priority: 'number',
  created: 'number',
  updated: 'number',
  revised: 'number',
  unchanged: 'number',
  changed: 'number',
  targets: 'number',
  proposals: 'number',
  minScore: 'number',
  asOfPeriod: 'number',
  version: 'number',
};

/**
 * The words for each kind of value, in the current language. An enum word is null when the value is not one the
 * interface knows (a role added later): the stored value is shown then.
 */
export interface AuditValueWords {
  yes: string;
  no: string;
  date(value: string): string;
  dateTime(value: string): string;
  number(value: number): string;
  unit(id: string): string | null;
  /** "and 88 more units" after the first UNITS_NAMED names of a long list. */
  moreUnits(count: number): string;
  level(id: string): string | null;
  enumWord(
    kind: 'role' | 'decision' | 'outcome' | 'campaignStatus' | 'weekday' | 'scope',
    value: string,
  ): string | null;
}

/** A long list of units is named up to here (each name is read from the server). */
export const UNITS_NAMED = 10;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One stored value as a person reads it (null: nothing). A value of an unexpected shape is shown as stored. */
export function describeAuditValue(field: string, value: unknown, words: AuditValueWords): string | null {
  if (value === undefined || value === null) return null;
  const kind = AUDIT_FIELD_KINDS[field];
  const stored = displayValue(value);
  switch (kind) {
    case 'boolean':
      return typeof value === 'boolean' ? (value ? words.yes : words.no) : stored;
    case 'number':
      return typeof value === 'number' ? words.number(value) : stored;
    case 'date':
    case 'dateTime':
      if (typeof value !== 'string') return stored;
      // A calendar date stays a date even in a date-and-time field (no invented midnight).
      if (ISO_DATE.test(value)) return words.date(value);
      if (!ISO_DATE_TIME.test(value)) return stored;
      return kind === 'date' ? words.date(value) : words.dateTime(value);
    case 'unit':
      return typeof value === 'string' ? (words.unit(value) ?? stored) : stored;
    case 'units': {
      if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) return stored;
      const ids = value as string[];
      const named = ids.slice(0, UNITS_NAMED).map((id) => words.unit(id) ?? id);
      return ids.length > UNITS_NAMED
        ? `${named.join(', ')} ${words.moreUnits(ids.length - UNITS_NAMED)}`
        : named.join(', ');
    }
    case 'level':
      return typeof value === 'string' ? (words.level(value) ?? stored) : stored;
    case 'scopes':
      return Array.isArray(value) && value.every((scope) => typeof scope === 'string')
        ? value.map((scope: string) => words.enumWord('scope', scope) ?? scope).join(', ')
        : stored;
    case 'role':
    case 'decision':
    case 'outcome':
    case 'campaignStatus':
    case 'weekday':
      return typeof value === 'string' ? (words.enumWord(kind, value) ?? stored) : stored;
    default:
      return stored;
  }
}
