import { campaignProgress, lastDuePeriod, zonedToday } from './campaign-progress';

const periods = [
  { index: 1, startDate: '2023-03-01', endDate: '2023-03-03', dueAt: '2023-03-03T09:00:00.000Z' },
  { index: 2, startDate: '2023-03-04', endDate: '2023-03-10', dueAt: '2023-03-10T09:00:00.000Z' },
  { index: 11, startDate: '2023-05-06', endDate: '2023-05-09', dueAt: '2023-05-12T09:00:00.000Z' },
];
const campaign = { startDate: '2023-03-01', endDate: '2023-05-09', timeZone: 'Asia/Ho_Chi_Minh', periods };

describe('campaign progress in the campaign zone', () => {
  it('23:30 UTC on 3 March is already 4 March in Cà Mau: day 4 of 70, period 2', () => {
    const now = new Date('2023-03-03T23:30:00Z');
    expect(zonedToday(now, 'Asia/Ho_Chi_Minh')).toBe('2023-03-04');
    expect(campaignProgress(campaign, now)).toEqual({ days: 70, elapsed: 4, currentPeriod: 2, state: 'running' });
  });

  it('before the start nothing has elapsed; after the end it is the last period, all 70 days', () => {
    expect(campaignProgress(campaign, new Date('2023-02-20T00:00:00Z'))).toEqual({
      days: 70,
      elapsed: 0,
      currentPeriod: 0,
      state: 'before',
    });
    expect(campaignProgress(campaign, new Date('2026-01-01T00:00:00Z'))).toEqual({
      days: 70,
      elapsed: 70,
      currentPeriod: 11,
      state: 'ended',
    });
  });

  it('the as-of period is the last one whose due time has passed', () => {
    expect(lastDuePeriod(periods, new Date('2023-03-03T08:59:59Z'))).toBeNull();
    // @thidua/domain's rule, as the API's: at the due instant itself a report is still on time, so not yet due.
    expect(lastDuePeriod(periods, new Date('2023-03-03T09:00:00Z'))).toBeNull();
    expect(lastDuePeriod(periods, new Date('2023-03-03T09:00:00.001Z'))).toBe(1);
    expect(lastDuePeriod(periods, new Date('2023-03-12T00:00:00Z'))).toBe(2);
  });
});
