import { type Period, localDateOf } from './build-periods';

/**
 * The period people work on at `now`: the one whose days include today in the campaign's zone; before the campaign
 * starts, its first; after it ends, its last (a campaign waiting to be closed still shows its closing week). Null for
 * a campaign without periods.
 */
export function currentPeriod<P extends Period>(periods: readonly P[], now: Date, timeZone: string): P | null {
  if (!periods.length) return null;
  const today = localDateOf(now, timeZone);
  const containing = periods.find((period) => period.startDate <= today && today <= period.endDate);
  if (containing) return containing;
  return today < periods[0].startDate ? periods[0] : periods[periods.length - 1];
}
