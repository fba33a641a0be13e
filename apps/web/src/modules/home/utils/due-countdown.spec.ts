import { dueCountdown } from './due-countdown';

const due = '2023-05-12T09:00:00.000Z'; // Friday 12/5/2023 16:00 in Cà Mau

describe('dueCountdown', () => {
  it('Wednesday 10/5 05:30 is 2 days 10 hours before Friday 16:00, 13:00 is 2 days 3 hours', () => {
    expect(dueCountdown(due, new Date('2023-05-09T22:30:00Z'))).toEqual({ kind: 'days', days: 2, hours: 10 });
    expect(dueCountdown(due, new Date('2023-05-10T06:00:00Z'))).toEqual({ kind: 'days', days: 2, hours: 3 });
  });

  it('under a day counts hours and minutes, under an hour minutes (at least 1)', () => {
    expect(dueCountdown(due, new Date('2023-05-12T05:40:00Z'))).toEqual({ kind: 'hours', hours: 3, minutes: 20 });
    expect(dueCountdown(due, new Date('2023-05-12T08:59:30Z'))).toEqual({ kind: 'minutes', minutes: 1 });
  });

  it('the due instant itself is not overdue; a second later it is', () => {
    expect(dueCountdown(due, new Date(due))).toEqual({ kind: 'minutes', minutes: 1 });
    expect(dueCountdown(due, new Date('2023-05-12T09:00:01Z'))).toEqual({ kind: 'overdue' });
  });
});
