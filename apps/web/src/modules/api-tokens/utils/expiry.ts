/** The campaign zone's offset: Asia/Ho_Chi_Minh keeps UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET = '+07:00';
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The instant a token stops working, from the date picked (`YYYY-MM-DD`): 0:00 of that day in Việt Nam, so that the
 * list shows the very date that was picked. An empty field means no expiry (null).
 */
export function expiryFromDate(date: string): string | null {
  if (!CALENDAR_DATE.test(date)) return null;
  return new Date(`${date}T00:00:00${VIETNAM_OFFSET}`).toISOString();
}

/** The first date that may be picked: tomorrow in Việt Nam (a token that expires today would be useless). */
export function earliestExpiryDate(now: Date): string {
  const vietnam = new Date(now.getTime() + 7 * 3600_000);
  vietnam.setUTCDate(vietnam.getUTCDate() + 1);
  return vietnam.toISOString().slice(0, 10);
}

/** Whether the token has stopped working because of its expiry. */
export function hasExpired(expiresAt: string | null | undefined, now: Date): boolean {
  return Boolean(expiresAt) && new Date(expiresAt as string).getTime() <= now.getTime();
}
