import type { TFunction } from 'i18next';
import { formatWeekdayDateTime, type Lang } from '../../../foundation/i18n/format';
import type { PeriodLike } from './period-status';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The next due instant after `now`, or the last one when every period is past. */
export function nextDeadline(
  periods: ReadonlyArray<PeriodLike>,
  now: Date,
): { period: PeriodLike; remainingMs: number } | { ended: PeriodLike } | null {
  if (!periods.length) return null;
  const next = periods.find((period) => Date.parse(period.dueAt) > now.getTime());
  if (!next) return { ended: periods[periods.length - 1] };
  return { period: next, remainingMs: Date.parse(next.dueAt) - now.getTime() };
}

/**
 * "Còn 2 ngày 3 giờ đến hạn nộp kỳ 5 — Thứ Sáu 31/03/2023 16:00", or that the reporting has ended. The clock is
 * passed in; the due time is said in the campaign's zone.
 */
export function countdownText(
  periods: ReadonlyArray<PeriodLike>,
  now: Date,
  timeZone: string,
  t: TFunction,
  lang: Lang,
): string {
  const next = nextDeadline(periods, now);
  if (!next) return t('reports.countdown.none');
  if ('ended' in next) {
    return t('reports.countdown.ended', {
      period: next.ended.index,
      due: formatWeekdayDateTime(next.ended.dueAt, timeZone, lang),
    });
  }
  const due = formatWeekdayDateTime(next.period.dueAt, timeZone, lang);
  const period = next.period.index;
  const ms = next.remainingMs;
  if (ms >= DAY)
    return t('reports.countdown.days', {
      days: Math.floor(ms / DAY),
      hours: Math.floor((ms % DAY) / HOUR),
      period,
      due,
    });
  if (ms >= HOUR)
    return t('reports.countdown.hours', {
      hours: Math.floor(ms / HOUR),
      minutes: Math.floor((ms % HOUR) / MINUTE),
      period,
      due,
    });
  return t('reports.countdown.minutes', { minutes: Math.max(1, Math.ceil(ms / MINUTE)), period, due });
}
