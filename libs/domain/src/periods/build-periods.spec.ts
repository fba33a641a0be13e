import { CA_MAU_SCHEDULE } from '../fixtures/ca-mau';
import { buildPeriods, localDateOf, periodAtInstant, periodContaining } from './build-periods';
import { CampaignSchedule, validateSchedule } from './schedule';

const caMau = buildPeriods(CA_MAU_SCHEDULE);

describe('Cà Mau 2023 periods (1/3–9/5, Friday 16:00, Asia/Ho_Chi_Minh)', () => {
  it('has exactly 11 periods', () => {
    expect(caMau).toHaveLength(11);
    expect(caMau.map((period) => period.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('period 1 is 1/3–3/3, due Friday 3/3 16:00 Vietnam time = 09:00 UTC', () => {
    expect(caMau[0]).toEqual({
      index: 1,
      startDate: '2023-03-01',
      endDate: '2023-03-03',
      dueAt: new Date('2023-03-03T09:00:00Z'),
    });
  });

  it('period 10 is 29/4–5/5, due Friday 5/5', () => {
    expect(caMau[9].startDate).toBe('2023-04-29');
    expect(caMau[9].endDate).toBe('2023-05-05');
    expect(caMau[9].dueAt.toISOString()).toBe('2023-05-05T09:00:00.000Z');
  });

  it('period 11 is 6/5–9/5, due the following Friday 12/5 16:00', () => {
    expect(caMau[10]).toEqual({
      index: 11,
      startDate: '2023-05-06',
      endDate: '2023-05-09',
      dueAt: new Date('2023-05-12T09:00:00Z'),
    });
  });

  it('full weeks run Saturday to Friday and are due on their last day', () => {
    for (const period of caMau.slice(1, 10)) {
      const start = new Date(`${period.startDate}T00:00:00Z`);
      const end = new Date(`${period.endDate}T00:00:00Z`);
      expect(start.getUTCDay()).toBe(6);
      expect(end.getUTCDay()).toBe(5);
      expect(period.dueAt.toISOString()).toBe(`${period.endDate}T09:00:00.000Z`);
    }
  });

  it('periods cover every day of the campaign once, without gaps', () => {
    for (let i = 1; i < caMau.length; i++) {
      const previousEnd = new Date(`${caMau[i - 1].endDate}T00:00:00Z`).getTime();
      expect(new Date(`${caMau[i].startDate}T00:00:00Z`).getTime() - previousEnd).toBe(86_400_000);
    }
  });
});

describe('a zone with daylight saving time', () => {
  const berlin: CampaignSchedule = {
    startDate: '2023-03-20',
    endDate: '2023-04-05',
    timeZone: 'Europe/Berlin',
    dueWeekday: 'FRIDAY',
    dueTime: '16:00',
  };

  it('Berlin across the last Sunday of March: due 15:00 UTC before the change, 14:00 UTC after', () => {
    const periods = buildPeriods(berlin);
    expect(periods.map((period) => [period.startDate, period.endDate, period.dueAt.toISOString()])).toEqual([
      ['2023-03-20', '2023-03-24', '2023-03-24T15:00:00.000Z'],
      ['2023-03-25', '2023-03-31', '2023-03-31T14:00:00.000Z'],
      ['2023-04-01', '2023-04-05', '2023-04-07T14:00:00.000Z'],
    ]);
  });

  it('a due time inside the spring-forward gap (Sunday 02:30 on 26/3) moves forward by the gap', () => {
    const periods = buildPeriods({
      ...berlin,
      startDate: '2023-03-20',
      endDate: '2023-03-26',
      dueWeekday: 'SUNDAY',
      dueTime: '02:30',
    });
    expect(periods).toHaveLength(1);
    expect(periods[0].dueAt.toISOString()).toBe('2023-03-26T01:30:00.000Z');
  });
});

describe('period boundaries', () => {
  it('a one-day campaign on the due weekday has one period due that day', () => {
    const periods = buildPeriods({ ...CA_MAU_SCHEDULE, startDate: '2023-03-03', endDate: '2023-03-03' });
    expect(periods).toEqual([
      { index: 1, startDate: '2023-03-03', endDate: '2023-03-03', dueAt: new Date('2023-03-03T09:00:00Z') },
    ]);
  });

  it('a campaign starting the day after the due weekday begins with a full week', () => {
    const periods = buildPeriods({ ...CA_MAU_SCHEDULE, startDate: '2023-03-04', endDate: '2023-03-17' });
    expect(periods.map((period) => [period.startDate, period.endDate])).toEqual([
      ['2023-03-04', '2023-03-10'],
      ['2023-03-11', '2023-03-17'],
    ]);
  });

  it('an invalid schedule gives no periods', () => {
    expect(buildPeriods({ ...CA_MAU_SCHEDULE, timeZone: 'Mars/Olympus' })).toEqual([]);
  });
});

describe('finding a period', () => {
  it('9/3 falls in period 2 and 9/5 in period 11; dates outside the campaign in none', () => {
    expect(periodContaining(caMau, '2023-03-09')?.index).toBe(2);
    expect(periodContaining(caMau, '2023-05-09')?.index).toBe(11);
    expect(periodContaining(caMau, '2023-02-28')).toBeNull();
    expect(periodContaining(caMau, '2023-05-10')).toBeNull();
  });

  it('3/3 17:30 UTC is already Saturday 4/3 in Vietnam, so period 2, not 1', () => {
    const instant = new Date('2023-03-03T17:30:00Z');
    expect(localDateOf(instant, 'Asia/Ho_Chi_Minh')).toBe('2023-03-04');
    expect(periodAtInstant(caMau, instant, 'Asia/Ho_Chi_Minh')?.index).toBe(2);
  });
});

describe('validateSchedule', () => {
  it('accepts the Cà Mau schedule', () => {
    expect(validateSchedule(CA_MAU_SCHEDULE)).toEqual({ ok: true, value: CA_MAU_SCHEDULE });
  });

  it('refuses an end before the start with END_BEFORE_START', () => {
    const result = validateSchedule({ ...CA_MAU_SCHEDULE, endDate: '2023-02-28' });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          code: 'END_BEFORE_START',
          field: ['endDate'],
          message: expect.objectContaining({ en: 'The end date 2023-02-28 is before the start date 2023-03-01.' }),
        },
      ],
    });
  });

  it('names every bad field: dates, zone, weekday and due time', () => {
    const result = validateSchedule({
      startDate: '2023-02-30',
      endDate: '9/5/2023',
      timeZone: 'UTC+7',
      dueWeekday: 'FRYDAY' as CampaignSchedule['dueWeekday'],
      dueTime: '24:00',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.code, error.field])).toEqual([
      ['INVALID_DATE', ['startDate']],
      ['INVALID_DATE', ['endDate']],
      ['INVALID_TIME_ZONE', ['timeZone']],
      ['INVALID_WEEKDAY', ['dueWeekday']],
      ['INVALID_DUE_TIME', ['dueTime']],
    ]);
    expect(result.errors[4].message.en).toBe('The due time "24:00" is not a 24-hour time of the form HH:mm.');
  });
});
