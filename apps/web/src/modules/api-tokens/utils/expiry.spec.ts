import fc from 'fast-check';
import { formatDate } from '../../../foundation/i18n/format';
import { earliestExpiryDate, expiryFromDate, hasExpired } from './expiry';

describe('a token expiry picked as a date', () => {
  it('is 0:00 of that day in Việt Nam, and shows as the same dd/MM/yyyy in the list', () => {
    expect(expiryFromDate('2025-12-31')).toBe('2025-12-30T17:00:00.000Z');
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (day) => {
        const picked = day.toISOString().slice(0, 10);
        const [y, m, d] = picked.split('-');
        expect(formatDate(expiryFromDate(picked) as string)).toBe(`${d}/${m}/${y}`);
      }),
    );
  });

  it('is none when the field is left empty or is not a date', () => {
    expect(['', '31/12/2025', '2025-1-1'].map(expiryFromDate)).toEqual([null, null, null]);
  });

  it('can be tomorrow at the earliest, in Việt Nam', () => {
    expect(earliestExpiryDate(new Date('2025-03-01T16:59:00Z'))).toBe('2025-03-02');
    expect(earliestExpiryDate(new Date('2025-03-01T17:00:00Z'))).toBe('2025-03-03');
  });

  it('has passed from its instant on', () => {
    const at = '2025-03-01T17:00:00.000Z';
    expect(hasExpired(at, new Date('2025-03-01T16:59:59Z'))).toBe(false);
    expect(hasExpired(at, new Date(at))).toBe(true);
    expect(hasExpired(null, new Date('2099-01-01'))).toBe(false);
  });
});
