export type OffsetUnit = 'minutes' | 'hours' | 'days';

/** An offset in the largest whole unit: -1440 → 1 day before, -120 → 2 hours before, 90 → 90 minutes after. */
export function describeOffset(offsetMinutes: number): { amount: number; unit: OffsetUnit; after: boolean } {
  const after = offsetMinutes > 0;
  const size = Math.abs(offsetMinutes);
  if (size % 1440 === 0 && size > 1440) return { amount: size / 1440, unit: 'days', after };
  if (size % 60 === 0) return { amount: size / 60, unit: 'hours', after };
  return { amount: size, unit: 'minutes', after };
}

export const UNIT_MINUTES: Record<OffsetUnit, number> = { minutes: 1, hours: 60, days: 1440 };
export const MAX_REMINDERS = 6;
export const MAX_OFFSET_MINUTES = 10080;
