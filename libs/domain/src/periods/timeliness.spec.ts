import { CA_MAU_SCHEDULE } from '../fixtures/ca-mau';
import { buildPeriods } from './build-periods';
import { isPastDue, lastDuePeriodIndex, reportStatus, timelinessOf } from './timeliness';

const periods = buildPeriods(CA_MAU_SCHEDULE);
const period1 = periods[0]; // due 2023-03-03T09:00:00Z

describe('timeliness of a submission', () => {
  it('a report submitted exactly at 16:00 on Friday 3/3 is on time', () => {
    expect(timelinessOf(period1, new Date('2023-03-03T09:00:00.000Z'))).toBe('ON_TIME');
  });

  it('a report one millisecond after 16:00 is late', () => {
    expect(timelinessOf(period1, new Date('2023-03-03T09:00:00.001Z'))).toBe('LATE');
  });

  it('a back-filled report submitted in April for period 1 is late', () => {
    expect(timelinessOf(period1, new Date('2023-04-10T02:00:00Z'))).toBe('LATE');
  });
});

describe('report status of a period', () => {
  it('without a report: not due until the due instant has passed, then missing', () => {
    expect(reportStatus(period1, null, new Date('2023-03-03T09:00:00.000Z'))).toBe('NOT_DUE');
    expect(reportStatus(period1, null, new Date('2023-03-03T09:00:00.001Z'))).toBe('MISSING');
  });

  it('with a report: its timeliness, whatever the time now', () => {
    expect(reportStatus(period1, new Date('2023-03-02T03:00:00Z'), new Date('2023-03-02T04:00:00Z'))).toBe('ON_TIME');
    expect(reportStatus(period1, new Date('2023-03-04T03:00:00Z'), new Date('2023-05-01T00:00:00Z'))).toBe('LATE');
  });
});

describe('last due period', () => {
  it('none before the first Friday has passed', () => {
    expect(lastDuePeriodIndex(periods, new Date('2023-03-03T09:00:00Z'))).toBeNull();
    expect(isPastDue(period1, new Date('2023-03-03T09:00:00Z'))).toBe(false);
  });

  it('period 1 right after Friday 3/3 16:00; period 10 on Monday 8/5; all 11 after Friday 12/5 16:00', () => {
    expect(lastDuePeriodIndex(periods, new Date('2023-03-03T09:00:01Z'))).toBe(1);
    expect(lastDuePeriodIndex(periods, new Date('2023-05-08T02:00:00Z'))).toBe(10);
    expect(lastDuePeriodIndex(periods, new Date('2023-05-12T09:00:01Z'))).toBe(11);
  });
});
