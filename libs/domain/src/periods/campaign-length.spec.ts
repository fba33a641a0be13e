import fc from 'fast-check';
import { DateTime } from 'luxon';
import { buildPeriods } from './build-periods';
import { CampaignSchedule, MAX_CAMPAIGN_PERIODS, WEEKDAYS, Weekday, latestEndDate, validateSchedule } from './schedule';

const scheduleOf = (startDate: string, endDate: string, dueWeekday: Weekday = 'FRIDAY'): CampaignSchedule => ({
  startDate,
  endDate,
  timeZone: 'Asia/Ho_Chi_Minh',
  dueWeekday,
  dueTime: '16:00',
});
const plusDays = (date: string, days: number) =>
  DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() as string;
const errorsOf = (schedule: CampaignSchedule) => {
  const result = validateSchedule(schedule);
  return result.ok ? [] : result.errors.map((error) => [error.code, error.field?.join('.'), error.message.en]);
};

describe('a campaign lasts at most 5 years, so at most 262 weekly periods', () => {
  it('refuses the probe: 2023-01-01 to 9999-12-31, whose periods took 20 s and 7 MB to read', () => {
    expect(errorsOf(scheduleOf('2023-01-01', '9999-12-31'))).toEqual([
      [
        'CAMPAIGN_TOO_LONG',
        'endDate',
        'A campaign lasts at most 5 years (262 weekly periods): starting on 2023-01-01, it must end by 2027-12-31, ' +
          'not 9999-12-31.',
      ],
    ]);
    expect(buildPeriods(scheduleOf('2023-01-01', '9999-12-31'))).toEqual([]);
  });

  it('accepts five calendar years, 2025-01-01 to 2029-12-31 (262 periods due on Fridays), and not a day more', () => {
    expect(errorsOf(scheduleOf('2025-01-01', '2029-12-31'))).toEqual([]);
    expect(buildPeriods(scheduleOf('2025-01-01', '2029-12-31'))).toHaveLength(262);
    expect(errorsOf(scheduleOf('2025-01-01', '2030-01-01'))[0][0]).toBe('CAMPAIGN_TOO_LONG');
  });

  it('a campaign starting on 29 February ends by 27 February five years on', () => {
    expect(latestEndDate('2024-02-29')).toBe('2029-02-27');
  });

  it('any start, length and due weekday: accepted exactly up to 5 years, and never more than 262 periods', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 2_200 }),
        fc.constantFrom(...WEEKDAYS),
        (startOffset, length, weekday) => {
          const start = plusDays('1990-01-01', startOffset);
          const end = plusDays(start, length);
          const schedule = scheduleOf(start, end, weekday);
          const latest = latestEndDate(start) as string;
          expect(validateSchedule(schedule).ok).toBe(end <= latest);
          if (end <= latest) expect(buildPeriods(schedule).length).toBeLessThanOrEqual(MAX_CAMPAIGN_PERIODS);
          expect(buildPeriods(scheduleOf(start, latest, weekday)).length).toBeGreaterThanOrEqual(260);
        },
      ),
      { numRuns: 100 },
    );
  });
});
