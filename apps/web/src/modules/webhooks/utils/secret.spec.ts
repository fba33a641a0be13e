import { maskSecret } from './secret';
import { eventKey, offeredEventTypes } from './event-types';

describe('webhook helpers', () => {
  it('hides a secret but its prefix and last four characters', () => {
    expect(maskSecret('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toBe('whsec_••••••••••••LaSw');
    expect(maskSecret('short')).toBe('••••••••••••');
  });

  it('offers the known event types in order, and any new one the server lists by its raw name', () => {
    expect(offeredEventTypes(['unit.changed', 'report.submitted', 'budget.spent'])).toEqual([
      'report.submitted',
      'unit.changed',
      'budget.spent',
    ]);
    expect(eventKey('review.finalized')).toBe('reviewFinalized');
  });
});
