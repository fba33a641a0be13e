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

export interface RowRejection {
  /** 1-based line of the file (the CSV header is line 1). */
  line: number;
  field: RecordField | null;
  reason: string;
}

export type ParsedRow = { ok: true; record: DossierRecord } | { ok: false; field: RecordField | null; reason: string };

/** Raw values of one row: strings from CSV, any JSON value from NDJSON. */
export type RawRow = Partial<Record<string, unknown>>;

const MAX_LENGTH: Partial<Record<RecordField, number>> = { source: 40, external_id: 100, unit_code: 40, procedure_code: 60 };
// An instant must carry its offset: a bare local time would be read in the server's zone (the off-by-one-day bug).
const INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Checks and converts one raw row; the first problem found is the reason given. */
export function parseRow(raw: RawRow): ParsedRow {
  const fail = (field: RecordField | null, reason: string): ParsedRow => ({ ok: false, field, reason });
  const text = (field: RecordField, required: boolean): string | null | Error => {
    const value = raw[field];
    if (value === undefined || value === null || value === '') return required ? new Error(`${field} is required`) : null;
    if (typeof value !== 'string' && typeof value !== 'number') return new Error(`${field} must be text`);
    const trimmed = String(value).trim();
    if (trimmed === '') return required ? new Error(`${field} is required`) : null;
    const max = MAX_LENGTH[field];
    if (max && trimmed.length > max) return new Error(`${field} is longer than ${max} characters`);
    return trimmed;
  };
  const values: Partial<Record<RecordField, string | null>> = {};
  for (const field of ['source', 'external_id', 'unit_code', 'procedure_code', 'received_at', 'channel', 'resolved_at'] as const) {
    const value = text(field, !['procedure_code', 'resolved_at'].includes(field));
    if (value instanceof Error) return fail(field, value.message);
    values[field] = value;
  }
  const receivedAt = instant(values.received_at as string);
  if (!receivedAt) return fail('received_at', `received_at "${values.received_at}" is not an ISO 8601 instant with an offset`);
  const channel = values.channel as string;
  if (!(CHANNELS as readonly string[]).includes(channel)) return fail('channel', `channel "${channel}" is not one of ${CHANNELS.join(', ')}`);
  let resolvedAt: Date | null = null;
  if (values.resolved_at) {
    resolvedAt = instant(values.resolved_at);
    if (!resolvedAt) return fail('resolved_at', `resolved_at "${values.resolved_at}" is not an ISO 8601 instant with an offset`);
    if (resolvedAt < receivedAt) return fail('resolved_at', 'resolved_at is before received_at');
  }
  const flags: Partial<Record<RecordField, boolean>> = {};
  for (const field of ['resolved_online', 'digitised', 'fee_required', 'paid_online'] as const) {
    const flag = bool(raw[field]);
    if (flag === null) return fail(field, `${field} "${String(raw[field])}" is not true, false, 1 or 0`);
    flags[field] = flag;
  }
  if (flags.resolved_online && !resolvedAt) return fail('resolved_online', 'resolved_online is true but resolved_at is empty');
  if (flags.paid_online && !flags.fee_required) return fail('paid_online', 'paid_online is true but fee_required is false');
  return {
    ok: true,
    record: {
      source: values.source as string,
      externalId: values.external_id as string,
      unitCode: values.unit_code as string,
      procedureCode: values.procedure_code ?? null,
      receivedAt,
      channel: channel as Channel,
      resolvedAt,
      resolvedOnline: Boolean(flags.resolved_online),
      digitised: Boolean(flags.digitised),
      feeRequired: Boolean(flags.fee_required),
      paidOnline: Boolean(flags.paid_online),
    },
  };
}

function instant(value: string): Date | null {
  if (!INSTANT.test(value)) return null;
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  // Date would roll 30 February over into March.
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  const date = new Date(value.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An absent or empty flag is false. */
function bool(value: unknown): boolean | null {
  if (value === undefined || value === null || value === '' || value === false || value === 0) return false;
  if (value === true || value === 1) return true;
  if (typeof value !== 'string') return null;
  const lower = value.trim().toLowerCase();
  if (lower === 'true' || lower === '1' || lower === '') return lower !== '';
  if (lower === 'false' || lower === '0') return false;
  return null;
}
