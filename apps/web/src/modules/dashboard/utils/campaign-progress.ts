import { isPastDue } from '@thidua/domain';

/** The calendar date of `now` in `timeZone`, as yyyy-MM-dd (never the UTC date). */
export function zonedToday(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export interface CampaignProgress {
  /** Days of the campaign, both ends included. */
  days: number;
  /** Days from the start to today (0 before the start, `days` after the end). */
  elapsed: number;
  /** The period today falls in; the last one after the end, 0 before the start. */
  currentPeriod: number;
  state: 'before' | 'running' | 'ended';
}

/** How far a campaign is in time, in its own zone. */
export function campaignProgress(
  campaign: {
    startDate: string;
    endDate: string;
    timeZone: string;
    periods: ReadonlyArray<{ index: number; startDate: string; endDate: string }>;
  },
  now: Date,
): CampaignProgress {
  const today = zonedToday(now, campaign.timeZone);
  const days = dayNumber(campaign.endDate) - dayNumber(campaign.startDate) + 1;
  const raw = dayNumber(today) - dayNumber(campaign.startDate) + 1;
  const elapsed = Math.min(Math.max(raw, 0), days);
  const state = raw < 1 ? 'before' : raw > days ? 'ended' : 'running';
  const current =
    state === 'ended'
      ? (campaign.periods.at(-1)?.index ?? 0)
      : (campaign.periods.find((period) => period.startDate <= today && today <= period.endDate)?.index ?? 0);
  return { days, elapsed, currentPeriod: current, state };
}

/**
 * The last period whose due instant has passed (the API's default as-of period, by @thidua/domain's `isPastDue`: not
 * yet at the instant itself); null before the first one.
 */
export function lastDuePeriod(periods: ReadonlyArray<{ index: number; dueAt: string }>, now: Date): number | null {
  const due = periods.filter((period) => isPastDue({ dueAt: new Date(period.dueAt) }, now));
  return due.at(-1)?.index ?? null;
}
