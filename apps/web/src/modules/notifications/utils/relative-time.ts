/** How long ago, for a notification: "just now", minutes, hours, then null (the caller shows the date and time). */
export type Ago = { unit: 'now' } | { unit: 'minutes' | 'hours'; count: number } | null;

export function timeAgo(at: string, now: Date): Ago {
  const minutes = Math.floor((now.getTime() - new Date(at).getTime()) / 60_000);
  if (minutes < 1) return { unit: 'now' };
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  if (minutes < 24 * 60) return { unit: 'hours', count: Math.floor(minutes / 60) };
  return null;
}
