/** One dossier as the one-stop systems send it, and the checks a row of an import file must pass. */

export const CHANNELS = ['ONLINE', 'IN_PERSON', 'POST'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The column names of a CSV file's header, and the keys of an NDJSON object. */
export const RECORD_FIELDS = [
  'source',
  'external_id',
  'unit_code',
  'procedure_code',
  'received_at',
  'channel',
  'resolved_at',
  'resolved_online',
  'digitised',
  'fee_required',
  'paid_online',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

export interface DossierRecord {
  source: string;
  externalId: string;
  unitCode: string;
  procedureCode: string | null;
  receivedAt: Date;
  channel: Channel;
  resolvedAt: Date | null;
  resolvedOnline: boolean;
  digitised: boolean;
  feeRequired: boolean;
  paidOnline: boolean;
}

/** Why a row is refused, for programs and translations; `reason` says it in English words. */
export type RejectionCode =
  | 'REQUIRED'
  | 'NOT_TEXT'
  | 'TOO_LONG'
  | 'BAD_INSTANT'
  | 'BAD_CHANNEL'
  | 'RESOLVED_BEFORE_RECEIVED'
  | 'BAD_FLAG'
  | 'RESOLVED_ONLINE_UNRESOLVED'
  | 'PAID_WITHOUT_FEE'
  | 'UNKNOWN_UNIT'
  | 'BAD_FIELD_COUNT'
  | 'NOT_JSON'
  | 'NOT_JSON_OBJECT';

export interface RowRejection {
  /** 1-based line of the file (the CSV header is line 1). */
  line: number;
  field: RecordField | null;
  code: RejectionCode;
  reason: string;
  /** The value refused, when there is one to show (a code, an instant, a flag). */
  value?: string;
}

export type ParsedRow = { ok: true; record: DossierRecord } | ({ ok: false } & Omit<RowRejection, 'line'>);

/** Raw values of one row: strings from CSV, any JSON value from NDJSON. */
export type RawRow = Partial<Record<string, unknown>>;

const MAX_LENGTH: Partial<Record<RecordField, number>> = {
  source: 40,
  external_id: 100,
  unit_code: 40,
  procedure_code: 60,
};
const TEXT_FIELDS = [
  ['source', true],
  ['external_id', true],
  ['unit_code', true],
  ['procedure_code', false],
  ['received_at', true],
  ['channel', true],
  ['resolved_at', false],
] as const;
const FLAGS = ['resolved_online', 'digitised', 'fee_required', 'paid_online'] as const;
// An instant must carry its offset: a bare local time would be read in the server's zone (the off-by-one-day bug).
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checks and converts one raw row; the first problem found is the reason given. Hot: a million calls per import. */
export function parseRow(raw: RawRow): ParsedRow {
  const values: Partial<Record<RecordField, string | null>> = {};
  for (const [field, required] of TEXT_FIELDS) {
    const value = text(raw, field, required);
    if (typeof value === 'object' && value !== null) return fail(field, value.code, value.reason);
    values[field] = value;
  }
  const receivedAt = instant(values.received_at as string);
  if (!receivedAt)
    return fail(
      'received_at',
      'BAD_INSTANT',
      `received_at "${values.received_at}" is not an ISO 8601 instant with an offset`,
      values.received_at as string,
    );
  const channel = values.channel as string;
  if (channel !== 'ONLINE' && channel !== 'IN_PERSON' && channel !== 'POST')
    return fail('channel', 'BAD_CHANNEL', `channel "${channel}" is not one of ${CHANNELS.join(', ')}`, channel);
  let resolvedAt: Date | null = null;
  if (values.resolved_at) {
    resolvedAt = instant(values.resolved_at);
    if (!resolvedAt)
      return fail(
        'resolved_at',
        'BAD_INSTANT',
        `resolved_at "${values.resolved_at}" is not an ISO 8601 instant with an offset`,
        values.resolved_at,
      );
    if (resolvedAt < receivedAt)
      return fail('resolved_at', 'RESOLVED_BEFORE_RECEIVED', 'resolved_at is before received_at');
  }
  const flags: Partial<Record<RecordField, boolean>> = {};
  for (const field of FLAGS) {
    const flag = bool(raw[field]);
    if (flag === null)
      return fail(field, 'BAD_FLAG', `${field} "${String(raw[field])}" is not true, false, 1 or 0`, String(raw[field]));
    flags[field] = flag;
  }
  if (flags.resolved_online && !resolvedAt)
    return fail('resolved_online', 'RESOLVED_ONLINE_UNRESOLVED', 'resolved_online is true but resolved_at is empty');
  if (flags.paid_online && !flags.fee_required)
    return fail('paid_online', 'PAID_WITHOUT_FEE', 'paid_online is true but fee_required is false');
  return {
    ok: true,
    record: {
      source: values.source as string,
      externalId: values.external_id as string,
      unitCode: values.unit_code as string,
      procedureCode: values.procedure_code ?? null,
      receivedAt,
      channel,
      resolvedAt,
      resolvedOnline: Boolean(flags.resolved_online),
      digitised: Boolean(flags.digitised),
      feeRequired: Boolean(flags.fee_required),
      paidOnline: Boolean(flags.paid_online),
    },
  };
}

function fail(field: RecordField | null, code: RejectionCode, reason: string, value?: string): ParsedRow {
  return value === undefined ? { ok: false, field, code, reason } : { ok: false, field, code, reason, value };
}

type TextProblem = { code: RejectionCode; reason: string };

function text(raw: RawRow, field: RecordField, required: boolean): string | null | TextProblem {
  const value = raw[field];
  if (value === undefined || value === null || value === '')
    return required ? { code: 'REQUIRED', reason: `${field} is required` } : null;
  if (typeof value !== 'string' && typeof value !== 'number')
    return { code: 'NOT_TEXT', reason: `${field} must be text` };
  const trimmed = String(value).trim();
  if (trimmed === '') return required ? { code: 'REQUIRED', reason: `${field} is required` } : null;
  const max = MAX_LENGTH[field];
  if (max && trimmed.length > max) return { code: 'TOO_LONG', reason: `${field} is longer than ${max} characters` };
  return trimmed;
}

/** An ISO 8601 instant with an offset, checked field by field (Date would roll 30 February over into March). */
function instant(value: string): Date | null {
  const m = INSTANT.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] ? Number(m[6]) : 0;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0)) return null;
  const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  let time = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (!m[8]) {
    const offsetHours = Number(m[10]);
    const offsetMinutes = Number(m[11]);
    if (offsetHours > 23 || offsetMinutes > 59) return null;
    time -= (m[9] === '+' ? 1 : -1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  return new Date(time);
}

/** An absent or empty flag is false. */
function bool(value: unknown): boolean | null {
  if (value === undefined || value === null || value === '' || value === false || value === 0) return false;
  if (value === true || value === 1) return true;
  if (typeof value !== 'string') return null;
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  const lower = value.trim().toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0' || lower === '') return false;
  return null;
}
