import { DateTime } from 'luxon';
import { CampaignSchedule, WEEKDAYS, parseCalendarDate, parseDueTime, validateSchedule } from './schedule';

/** One reporting period: a week ending on the due weekday, clipped to the campaign's dates. */
export interface Period {
  /** 1-based position in the campaign. */
  index: number;
  /** First day, YYYY-MM-DD (campaign zone). */
  startDate: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  endDate: string;
  /** The instant the period's report is due (UTC). */
  dueAt: Date;
}

/**
 * The campaign's periods. Each ends on the due weekday (the last one on the end date) and is due at the due
 * time, in the campaign's zone, on the first due weekday on or after its last day. A due time that does not exist
 * on that day (a spring-forward gap) moves forward by the gap, as Luxon does. Returns [] for an invalid schedule:
 * call `validateSchedule` first to learn why.
 */
export function buildPeriods(schedule: CampaignSchedule): Period[] {
  if (!validateSchedule(schedule).ok) return [];
  const start = parseCalendarDate(schedule.startDate) as DateTime;
  const end = parseCalendarDate(schedule.endDate) as DateTime;
  const due = parseDueTime(schedule.dueTime) as { hour: number; minute: number };
  const dueWeekday = WEEKDAYS.indexOf(schedule.dueWeekday) + 1;

  const periods: Period[] = [];
  let first = start;
  while (first <= end) {
    const weekEnd = first.plus({ days: (dueWeekday - first.weekday + 7) % 7 });
    const last = weekEnd < end ? weekEnd : end;
    const dueDay = last.plus({ days: (dueWeekday - last.weekday + 7) % 7 });
    const dueAt = DateTime.fromObject(
      { year: dueDay.year, month: dueDay.month, day: dueDay.day, hour: due.hour, minute: due.minute },
      { zone: schedule.timeZone },
    );
    periods.push({
      index: periods.length + 1,
      startDate: first.toISODate() as string,
      endDate: last.toISODate() as string,
      dueAt: dueAt.toJSDate(),
    });
    first = last.plus({ days: 1 });
  }
  return periods;
}

/** The period whose days include the calendar date (YYYY-MM-DD), or null outside the campaign. */
export function periodContaining(periods: readonly Period[], date: string): Period | null {
  for (const period of periods) {
    if (period.startDate <= date && date <= period.endDate) return period;
  }
  return null;
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toISODate() as string;
}

/** The period an instant falls in, judged by its calendar date in the campaign's zone, or null. */
export function periodAtInstant(periods: readonly Period[], instant: Date, timeZone: string): Period | null {
  return periodContaining(periods, localDateOf(instant, timeZone));
}
