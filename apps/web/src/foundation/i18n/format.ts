/**
 * Number and date formats shared by every screen. Vietnamese conventions (docs/domain.md §6): dot for thousands, comma
 * for decimals, dd/MM/yyyy, 24-hour time, shown in the campaign zone (UTC+7 by default).
 */
export type Lang = 'vi' | 'en';

export const SUPPORTED_LANGS: readonly Lang[] = ['vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** English keeps day-first dates, so both languages read dates the same way. */
const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (SUPPORTED_LANGS as readonly string[]).includes(value);
}

export function toLang(value: string | undefined | null): Lang {
  const base = value?.split('-')[0];
  return isLang(base) ? base : DEFAULT_LANG;
}

export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/** 42839 → "42.839" (vi) / "42,839" (en). */
export function formatNumber(value: number, lang: Lang = DEFAULT_LANG, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(localeOf(lang), options).format(value);
}

/** A percentage from 0 to 100: 63.66 → "63,66%". No data (null) is blank, never 0%. */
export function formatPercent(value: number | null | undefined, lang: Lang = DEFAULT_LANG, fractionDigits = 2): string {
  if (value === null || value === undefined) return '';
  return `${formatNumber(value, lang, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits })}%`;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function zonedParts(instant: Date, timeZone: string): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/**
 * dd/MM/yyyy. A calendar date ("2023-03-01") is shown as written; an instant is shown as the date in `timeZone`,
 * never in UTC (the classic off-by-one-day bug).
 */
export function formatDate(value: string | Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  if (typeof value === 'string') {
    const calendar = CALENDAR_DATE.exec(value);
    if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  }
  const p = zonedParts(new Date(value), timeZone);
  return `${p.day}/${p.month}/${p.year}`;
}

/** dd/MM/yyyy HH:mm, 24-hour, in `timeZone`. */
export function formatDateTime(value: string | Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const p = zonedParts(new Date(value), timeZone);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** The weekday in `timeZone` and the date and time: "Thứ Sáu 03/03/2023 16:00" (vi), "Friday 03/03/2023 16:00" (en). */
export function formatWeekdayDateTime(
  value: string | Date,
  timeZone: string = DEFAULT_TIME_ZONE,
  lang: Lang = DEFAULT_LANG,
): string {
  const weekday = new Intl.DateTimeFormat(localeOf(lang), { weekday: 'long', timeZone }).format(new Date(value));
  return `${weekday} ${formatDateTime(value, timeZone)}`;
}
