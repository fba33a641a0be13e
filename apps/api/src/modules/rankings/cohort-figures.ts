/**
 * A unit of the cohort with its figures, as a ranking's statement gives them. No code or name: see CohortUnits.
 * Counts are float8 sums: a sum past 2⁵³ arrives rounded but still past it, and @thidua/domain refuses it
 * (COUNT_TOO_LARGE) rather than rank it.
 */
export interface CohortUnitFigures {
  /** Its place in the cohort by code, from 1. */
  position: number;
  id: string;
  /** Its level, from 1, in the statement's level ids. */
  level: number;
  onTime: number;
  reports: number;
  /** Reports of periods past due. */
  submittedDue: number;
  /** Period p's report: 1 on time, 2 late, null none. */
  latest: 1 | 2 | null;
  /**
   * Per indicator, in the order of the statement's indicator ids, six sums: N and D to the period, to the period
   * before and before the pace window (0: no report by then). null when it has no report by the period.
   */
  sums: number[] | null;
}

/** Sums per indicator in CohortUnitFigures' `sums`. */
export const SUMS_PER_INDICATOR = 6;

/**
 * Bytes before a unit's kept row: position (int4), id (uuid), level (int2), reports of past-due periods (int4), the
 * row's length (int4, 0 for none).
 */
const UNIT_HEADER = 4 + 16 + 2 + 4 + 4;
/**
 * The kept row's own head: reports on time (int4), reports (int4), period p's report (int2, 0 for none), the sums'
 * width (int2: 4 bytes, int4; 8, float8).
 */
const ROW_HEADER = 4 + 4 + 2 + 2;

/**
 * The cohort's units from the ranking's packed figures: per unit the header above, then its kept row's `packed`
 * column as stored (migration KeptFiguresPacked: the head above, then per indicator the six sums, as int4 or
 * float8), all big-endian as PostgreSQL's send functions write. Read where they lie, nothing parsed as text: at a
 * country's 10.600 communes the same figures as JSON were ≈ 190.000 numbers to print in the server and to parse
 * here. Refuses bytes that do not end at a unit's end.
 */
export function unpackCohort(bytes: Buffer): CohortUnitFigures[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const units: CohortUnitFigures[] = [];
  let at = 0;
  while (at < bytes.length) {
    if (at + UNIT_HEADER > bytes.length) throw new Error('The packed cohort ends inside a unit.');
    const id = uuidAt(bytes, at + 4);
    const length = view.getInt32(at + 26);
    const start = at + UNIT_HEADER;
    let sums: number[] | null = null;
    if (length !== 0) {
      const width = length >= ROW_HEADER && start + length <= bytes.length ? view.getInt16(start + 10) : 0;
      const count = (length - ROW_HEADER) / width;
      if ((width !== 4 && width !== 8) || !Number.isInteger(count / SUMS_PER_INDICATOR))
        throw new Error(`The packed cohort's unit ${id} has a row of ${length} bytes.`);
      sums = new Array<number>(count);
      const from = start + ROW_HEADER;
      if (width === 4) for (let i = 0; i < count; i++) sums[i] = view.getInt32(from + 4 * i);
      else for (let i = 0; i < count; i++) sums[i] = view.getFloat64(from + 8 * i);
    }
    const latest = length === 0 ? 0 : view.getInt16(start + 8);
    units.push({
      position: view.getInt32(at),
      id,
      level: view.getInt16(at + 20),
      onTime: length === 0 ? 0 : view.getInt32(start),
      reports: length === 0 ? 0 : view.getInt32(start + 4),
      submittedDue: view.getInt32(at + 22),
      latest: latest === 1 || latest === 2 ? latest : null,
      sums,
    });
    at = start + length;
  }
  return units;
}

const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');
const uuidText = Buffer.alloc(36, '-');

/**
 * The uuid written by uuid_send at `at`, in its text form: written into one buffer and read out as one flat string
 * (a string built by concatenation is a tree of pieces, which cost ten times as much to collect at 10.600 units).
 */
function uuidAt(bytes: Buffer, at: number): string {
  let to = 0;
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) to++;
    const byte = bytes[at + i];
    uuidText[to++] = HEX_DIGITS[byte >> 4];
    uuidText[to++] = HEX_DIGITS[byte & 15];
  }
  return uuidText.toString('latin1', 0, 36);
}

/**
 * The SQL of one unit as unpackCohort reads it: the header above, then `packed` — a kept row's packed figures
 * (kept_figures_packed), null for none. Arguments are SQL expressions; `packed` is read twice, so give a column.
 */
export function packedUnitSql(position: string, id: string, level: string, submittedDue: string, packed: string) {
  return `int4send(${position}::int) || uuid_send(${id}) || int2send(${level}::smallint) || int4send(${submittedDue}::int)
          || int4send(coalesce(length(${packed}), 0)) || coalesce(${packed}, '')`;
}
