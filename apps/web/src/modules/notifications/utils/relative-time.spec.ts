import { timeAgo } from './relative-time';

describe('timeAgo', () => {
  const now = new Date('2026-03-05T10:00:00Z');
  it('says just now, minutes, hours, and leaves older ones to a date', () => {
    expect(timeAgo('2026-03-05T09:59:40Z', now)).toEqual({ unit: 'now' });
    expect(timeAgo('2026-03-05T09:35:00Z', now)).toEqual({ unit: 'minutes', count: 25 });
    expect(timeAgo('2026-03-05T03:00:00Z', now)).toEqual({ unit: 'hours', count: 7 });
    expect(timeAgo('2026-03-04T09:00:00Z', now)).toBeNull();
  });
});
