import { CA_MAU_SCHEDULE } from '../fixtures/ca-mau';
import { buildPeriods } from './build-periods';
import { currentPeriod } from './current-period';

const caMau = buildPeriods(CA_MAU_SCHEDULE);
const zone = CA_MAU_SCHEDULE.timeZone;

describe('currentPeriod (Cà Mau 2023: 11 periods, 1/3–9/5)', () => {
  it('Wednesday 22/3/2023 is in period 4 (18/3–24/3)', () => {
    expect(currentPeriod(caMau, new Date('2023-03-22T03:00:00Z'), zone)?.index).toBe(4);
  });

  it('Saturday 25/3 at 00:30 Vietnam time (24/3 17:30 UTC) is already period 5', () => {
    expect(currentPeriod(caMau, new Date('2023-03-24T17:30:00Z'), zone)?.index).toBe(5);
  });

  it('before the start is period 1', () => {
    expect(currentPeriod(caMau, new Date('2023-02-10T03:00:00Z'), zone)?.index).toBe(1);
  });

  it('after the end (the demo seen in 2026) is the last period, 11', () => {
    expect(currentPeriod(caMau, new Date('2026-12-03T03:00:00Z'), zone)?.index).toBe(11);
  });

  it('a campaign without periods has none', () => {
    expect(currentPeriod([], new Date('2023-03-22T03:00:00Z'), zone)).toBeNull();
  });
});
