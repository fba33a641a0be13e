const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long until a due instant, in whole days and hours (or hours and minutes, or minutes), or that it has passed. */
export type DueCountdown =
  | { kind: 'days'; days: number; hours: number }
  | { kind: 'hours'; hours: number; minutes: number }
  | { kind: 'minutes'; minutes: number }
  | { kind: 'overdue' };

/** The due instant itself is still on time (the domain's isPastDue): overdue only once it has passed. */
export function dueCountdown(dueAt: string, now: Date): DueCountdown {
  const ms = Date.parse(dueAt) - now.getTime();
  if (ms < 0) return { kind: 'overdue' };
  if (ms >= DAY) return { kind: 'days', days: Math.floor(ms / DAY), hours: Math.floor((ms % DAY) / HOUR) };
  if (ms >= HOUR) return { kind: 'hours', hours: Math.floor(ms / HOUR), minutes: Math.floor((ms % HOUR) / MINUTE) };
  return { kind: 'minutes', minutes: Math.max(1, Math.ceil(ms / MINUTE)) };
}
