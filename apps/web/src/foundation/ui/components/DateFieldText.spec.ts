import { dateText, isoToLocalDate, localDateToIso, readDateText } from './DateFieldText';

describe('reading a typed date, day first', () => {
  it('reads 01/03/2023 as 1 March 2023, never 3 January', () => {
    expect(readDateText('01/03/2023')).toEqual({ kind: 'date', iso: '2023-03-01' });
  });

  it('accepts single digits, dashes, dots, spaces, bare digits and a pasted ISO date', () => {
    for (const text of ['1/3/2023', ' 01-03-2023 ', '01.03.2023', '01 03 2023', '01032023', '2023-03-01'])
      expect(readDateText(text)).toEqual({ kind: 'date', iso: '2023-03-01' });
  });

  it('knows 31/02/2023 is not on the calendar, and says February 2023 has 28 days', () => {
    expect(readDateText('31/02/2023')).toEqual({ kind: 'impossible', month: 2, year: 2023, daysInMonth: 28 });
    expect(readDateText('29/02/2024')).toEqual({ kind: 'date', iso: '2024-02-29' });
    expect(readDateText('29/02/2023').kind).toBe('impossible');
    expect(readDateText('01/13/2023')).toEqual({ kind: 'impossible', month: 13, year: 2023, daysInMonth: 0 });
    expect(readDateText('00/03/2023').kind).toBe('impossible');
  });

  it('calls anything else malformed, and blank empty', () => {
    for (const text of ['3/2023', 'hôm qua', '01/03/23', '2023/03/01x'])
      expect(readDateText(text).kind).toBe('malformed');
    expect(readDateText('   ')).toEqual({ kind: 'empty' });
  });

  it('writes yyyy-MM-dd back as dd/mm/yyyy and round-trips through the calendar’s local dates', () => {
    expect(dateText('2023-12-31')).toBe('31/12/2023');
    expect(dateText('')).toBe('');
    const local = isoToLocalDate('2023-03-01');
    expect(local?.getDate()).toBe(1);
    expect(local && localDateToIso(local)).toBe('2023-03-01');
  });
});
