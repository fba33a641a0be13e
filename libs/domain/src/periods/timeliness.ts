import { Period } from './build-periods';

/** Whether a submitted report came in by its due instant. */
export type Timeliness = 'ON_TIME' | 'LATE';

/** The state of one period's report for one unit. */
export type ReportStatus = 'ON_TIME' | 'LATE' | 'MISSING' | 'NOT_DUE';

/** ON_TIME when submitted at or before the due instant (the instant itself is on time), else LATE. */
export function timelinessOf(period: Pick<Period, 'dueAt'>, submittedAt: Date): Timeliness {
  return submittedAt.getTime() <= period.dueAt.getTime() ? 'ON_TIME' : 'LATE';
}

/** True once the due instant has passed: a report can still be on time at the due instant itself. */
export function isPastDue(period: Pick<Period, 'dueAt'>, now: Date): boolean {
  return now.getTime() > period.dueAt.getTime();
}

/** The index of the last period whose due instant has passed, or null when none has. */
export function lastDuePeriodIndex(periods: readonly Period[], now: Date): number | null {
  let last: number | null = null;
  for (const period of periods) {
    if (isPastDue(period, now)) last = period.index;
  }
  return last;
}

/**
 * A period's report status: the timeliness of its first submission if there is one, else MISSING once the due
 * instant has passed, else NOT_DUE.
 */
export function reportStatus(period: Pick<Period, 'dueAt'>, firstSubmittedAt: Date | null, now: Date): ReportStatus {
  if (firstSubmittedAt !== null) return timelinessOf(period, firstSubmittedAt);
  return isPastDue(period, now) ? 'MISSING' : 'NOT_DUE';
}
