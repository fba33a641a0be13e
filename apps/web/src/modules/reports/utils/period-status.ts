import { isPastDue } from '@thidua/domain';
import type { ReportStatus, Timeliness } from '../../../generated/graphql';

export interface PeriodLike {
  index: number;
  startDate: string;
  endDate: string;
  dueAt: string;
}

export interface ReportLike {
  period: { index: number };
  timeliness: Timeliness;
}

export interface PeriodRow<P extends PeriodLike, R extends ReportLike> {
  period: P;
  report: R | null;
  status: ReportStatus;
}

/** @thidua/domain's rule: past due once the due instant has passed (a report at the instant itself is on time). */
const pastDue = (period: PeriodLike, now: Date): boolean => isPastDue({ dueAt: new Date(period.dueAt) }, now);

/**
 * Each period of a unit with its status as of `now`: the report's timeliness when there is one, else missing once
 * the due instant has passed (a report at the instant itself is still on time), else not due.
 */
export function periodRows<P extends PeriodLike, R extends ReportLike>(
  periods: ReadonlyArray<P>,
  reports: ReadonlyArray<R>,
  now: Date,
): PeriodRow<P, R>[] {
  const byIndex = new Map(reports.map((report) => [report.period.index, report]));
  return periods.map((period) => {
    const report = byIndex.get(period.index) ?? null;
    const status: ReportStatus = report ? report.timeliness : pastDue(period, now) ? 'MISSING' : 'NOT_DUE';
    return { period, report, status };
  });
}

/** The period to open first: the earliest one still missing, else the next one due, else the last. */
export function defaultPeriodIndex(rows: ReadonlyArray<PeriodRow<PeriodLike, ReportLike>>): number | null {
  const pick =
    rows.find((row) => row.status === 'MISSING') ??
    rows.find((row) => row.status === 'NOT_DUE') ??
    rows[rows.length - 1];
  return pick ? pick.period.index : null;
}

/** The status board opens on the last period whose due instant has passed, else period 1. */
export function lastDuePeriodIndex(periods: ReadonlyArray<PeriodLike>, now: Date): number {
  const due = periods.filter((period) => pastDue(period, now));
  return due.length ? due[due.length - 1].index : (periods[0]?.index ?? 1);
}
