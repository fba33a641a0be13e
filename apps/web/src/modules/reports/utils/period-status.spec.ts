import { defaultPeriodIndex, lastDuePeriodIndex, periodRows } from './period-status';

const PERIODS = [
  { index: 1, startDate: '2023-03-01', endDate: '2023-03-03', dueAt: '2023-03-03T09:00:00.000Z' },
  { index: 2, startDate: '2023-03-04', endDate: '2023-03-10', dueAt: '2023-03-10T09:00:00.000Z' },
  { index: 3, startDate: '2023-03-11', endDate: '2023-03-17', dueAt: '2023-03-17T09:00:00.000Z' },
];

describe('periodRows', () => {
  it('reads a report’s timeliness, else missing after the due instant, else not due', () => {
    const now = new Date('2023-03-10T09:00:01.000Z');
    const rows = periodRows(PERIODS, [{ period: { index: 1 }, timeliness: 'LATE' as const }], now);
    expect(rows.map((row) => row.status)).toEqual(['LATE', 'MISSING', 'NOT_DUE']);
    expect(defaultPeriodIndex(rows)).toBe(2);
  });

  it('is not missing yet at the due instant itself (16:00:00 is still on time)', () => {
    const rows = periodRows(PERIODS, [], new Date('2023-03-03T09:00:00.000Z'));
    expect(rows[0].status).toBe('NOT_DUE');
    expect(defaultPeriodIndex(rows)).toBe(1);
  });
});

describe('lastDuePeriodIndex', () => {
  it('is the last period already due, else period 1', () => {
    expect(lastDuePeriodIndex(PERIODS, new Date('2023-03-12T00:00:00.000Z'))).toBe(2);
    expect(lastDuePeriodIndex(PERIODS, new Date('2023-03-01T00:00:00.000Z'))).toBe(1);
    expect(lastDuePeriodIndex(PERIODS, new Date('2030-01-01T00:00:00.000Z'))).toBe(3);
  });
});
