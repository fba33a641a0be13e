import { DateTime, IANAZone } from 'luxon';
import { DomainError, Result, domainError, fail, ok } from '../result';
import { msg } from '../message';

/** A day of the week, as stored on a campaign. */
export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

/** The weekdays in ISO order (Monday = 1 … Sunday = 7). */
export const WEEKDAYS: readonly Weekday[] = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];

/** A campaign's calendar: inclusive dates, its time zone and the weekly due weekday and time. */
export interface CampaignSchedule {
  /** First day, YYYY-MM-DD, in the campaign's zone. */
  startDate: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  endDate: string;
  /** IANA time zone, e.g. Asia/Ho_Chi_Minh. */
  timeZone: string;
  dueWeekday: Weekday;
  /** Local due time, HH:mm (24-hour). */
  dueTime: string;
}

/** The default zone of a campaign (docs/domain.md §3). */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * A campaign lasts at most 5 years: it ends at the latest the day before the same date 5 years on. That bounds
 * every list of periods: at most 262 weekly periods (a campaign to 9999-12-31 once made reading its periods take
 * 20 s and 7 MB).
 */
export const MAX_CAMPAIGN_YEARS = 5;
/** The most weekly periods a campaign of MAX_CAMPAIGN_YEARS can have: 1.827 days hold at most 262 due weekdays. */
export const MAX_CAMPAIGN_PERIODS = 262;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses a YYYY-MM-DD calendar date (zone-free: calendar arithmetic is done on a UTC clock face). */
export function parseCalendarDate(date: string): DateTime | null {
  if (!DATE_PATTERN.test(date)) return null;
  const parsed = DateTime.fromISO(date, { zone: 'utc' });
  return parsed.isValid ? parsed : null;
}

/** Parses HH:mm into hour and minute, or null. */
export function parseDueTime(time: string): { hour: number; minute: number } | null {
  const match = TIME_PATTERN.exec(time);
  return match === null ? null : { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The last end date a campaign starting on this date may have (MAX_CAMPAIGN_YEARS), or null for a bad date. */
export function latestEndDate(startDate: string): string | null {
  const start = parseCalendarDate(startDate);
  return start === null ? null : (start.plus({ years: MAX_CAMPAIGN_YEARS }).minus({ days: 1 }).toISODate() as string);
}

/** True when the name is an IANA zone the runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  return typeof timeZone === 'string' && timeZone.length > 0 && IANAZone.isValidZone(timeZone);
}

/**
 * Checks a schedule: real dates, end on or after start and at most MAX_CAMPAIGN_YEARS later, a known zone, a
 * weekday and an HH:mm due time.
 */
export function validateSchedule(schedule: CampaignSchedule): Result<CampaignSchedule> {
  const errors: DomainError[] = [];
  const start = parseCalendarDate(schedule.startDate);
  const end = parseCalendarDate(schedule.endDate);
  if (start === null) {
    errors.push(
      domainError(
        'INVALID_DATE',
        msg(
          `The start date "${schedule.startDate}" is not a calendar date of the form YYYY-MM-DD.`,
          `Ngày bắt đầu "${schedule.startDate}" không phải là ngày hợp lệ theo dạng YYYY-MM-DD.`,
        ),
        ['startDate'],
      ),
    );
  }
  if (end === null) {
    errors.push(
      domainError(
        'INVALID_DATE',
        msg(
          `The end date "${schedule.endDate}" is not a calendar date of the form YYYY-MM-DD.`,
          `Ngày kết thúc "${schedule.endDate}" không phải là ngày hợp lệ theo dạng YYYY-MM-DD.`,
        ),
        ['endDate'],
      ),
    );
  }
  if (start !== null && end !== null && end < start) {
    errors.push(
      domainError(
        'END_BEFORE_START',
        msg(
          `The end date ${schedule.endDate} is before the start date ${schedule.startDate}.`,
          `Ngày kết thúc ${schedule.endDate} trước ngày bắt đầu ${schedule.startDate}.`,
        ),
        ['endDate'],
      ),
    );
  }
  const latest = latestEndDate(schedule.startDate);
  if (end !== null && latest !== null && schedule.endDate > latest) {
    errors.push(
      domainError(
        'CAMPAIGN_TOO_LONG',
        msg(
          `A campaign lasts at most ${MAX_CAMPAIGN_YEARS} years (${MAX_CAMPAIGN_PERIODS} weekly periods): starting on ` +
            `${schedule.startDate}, it must end by ${latest}, not ${schedule.endDate}.`,
          `Chiến dịch kéo dài tối đa ${MAX_CAMPAIGN_YEARS} năm (${MAX_CAMPAIGN_PERIODS} kỳ báo cáo tuần): bắt đầu ngày ` +
            `${schedule.startDate} thì phải kết thúc chậm nhất ngày ${latest}, không phải ${schedule.endDate}.`,
        ),
        ['endDate'],
      ),
    );
  }
  if (!isValidTimeZone(schedule.timeZone)) {
    errors.push(
      domainError(
        'INVALID_TIME_ZONE',
        msg(
          `"${schedule.timeZone}" is not a known IANA time zone such as Asia/Ho_Chi_Minh.`,
          `"${schedule.timeZone}" không phải là múi giờ IANA hợp lệ, ví dụ Asia/Ho_Chi_Minh.`,
        ),
        ['timeZone'],
      ),
    );
  }
  if (!WEEKDAYS.includes(schedule.dueWeekday)) {
    errors.push(
      domainError(
        'INVALID_WEEKDAY',
        msg(
          `"${String(schedule.dueWeekday)}" is not a weekday; use MONDAY to SUNDAY.`,
          `"${String(schedule.dueWeekday)}" không phải là ngày trong tuần; hãy dùng MONDAY đến SUNDAY.`,
        ),
        ['dueWeekday'],
      ),
    );
  }
  if (parseDueTime(schedule.dueTime) === null) {
    errors.push(
      domainError(
        'INVALID_DUE_TIME',
        msg(
          `The due time "${schedule.dueTime}" is not a 24-hour time of the form HH:mm.`,
          `Giờ hạn nộp "${schedule.dueTime}" không phải là giờ theo dạng HH:mm (24 giờ).`,
        ),
        ['dueTime'],
      ),
    );
  }
  return errors.length > 0 ? fail(errors) : ok(schedule);
}
