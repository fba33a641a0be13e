/**
 * Reading and writing the text of a date field: people type day first (dd/mm/yyyy), forms exchange yyyy-MM-dd.
 * Kept apart from the component so that every case is tested without a browser.
 */

/** What a date field hands its form while its text is not a date: never sent, the form stops on it. */
export const INVALID_DATE = 'invalid-date';

export type DateText =
  | { kind: 'empty' }
  | { kind: 'date'; iso: string }
  /** Not shaped like a date at all ("3/2023", "hôm qua"). */
  | { kind: 'malformed' }
  /** Shaped like one but not on the calendar: "31/02/2023", "01/13/2023". */
  | { kind: 'impossible'; month: number; year: number; daysInMonth: number };

const DAY_FIRST = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DIGITS_ONLY = /^(\d{2})(\d{2})(\d{4})$/;

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayMonthYear(text: string): [number, number, number] | null {
  const dayFirst = DAY_FIRST.exec(text) ?? DIGITS_ONLY.exec(text);
  if (dayFirst) return [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
  // A pasted ISO date ("2023-03-01") is read as such: a year first cannot be mistaken for a day.
  const iso = ISO.exec(text);
  return iso ? [Number(iso[3]), Number(iso[2]), Number(iso[1])] : null;
}

/** "01/03/2023", "1/3/2023", "01-03-2023", "01032023" and "2023-03-01" are all 1 March 2023. */
export function readDateText(raw: string): DateText {
  const text = raw.trim();
  if (!text) return { kind: 'empty' };
  const parts = dayMonthYear(text);
  if (!parts) return { kind: 'malformed' };
  const [day, month, year] = parts;
  if (year < 1000) return { kind: 'malformed' };
  const days = month >= 1 && month <= 12 ? daysInMonth(year, month) : 0;
  if (!days || day < 1 || day > days) return { kind: 'impossible', month, year, daysInMonth: days };
  return { kind: 'date', iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** "2023-03-01" → "01/03/2023"; anything else (empty, INVALID_DATE) → "". */
export function dateText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** The calendar works with local dates; a calendar date has no time zone, so local midnight stands for it. */
export function isoToLocalDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
}

export function localDateToIso(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
