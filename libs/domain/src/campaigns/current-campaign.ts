import { DEFAULT_TIME_ZONE } from '../periods/schedule';
import { localDateOf } from '../periods/build-periods';

/** A campaign's state as an admin sets it. */
export type CampaignState = 'DRAFT' | 'ACTIVE' | 'CLOSED';

/** What the current-campaign rule needs of a campaign: dates are calendar dates (YYYY-MM-DD). */
export interface CampaignDates {
  readonly id: string;
  readonly status: CampaignState;
  readonly startDate: string;
  readonly endDate: string;
}

/**
 * Where a campaign stands today, for people rather than for the database: DRAFT and CLOSED as set; an ACTIVE campaign
 * is UPCOMING before its start, RUNNING between its dates and ENDED (waiting for an admin to close it) after its end.
 */
export type CampaignPhase = 'DRAFT' | 'UPCOMING' | 'RUNNING' | 'ENDED' | 'CLOSED';

/** Today's calendar date where the campaign runs (the province's time zone unless told). */
export function todayIn(now: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  return localDateOf(now, timeZone);
}

export function campaignPhase(
  campaign: Pick<CampaignDates, 'status' | 'startDate' | 'endDate'>,
  today: string,
): CampaignPhase {
  if (campaign.status !== 'ACTIVE') return campaign.status;
  if (today < campaign.startDate) return 'UPCOMING';
  if (today > campaign.endDate) return 'ENDED';
  return 'RUNNING';
}

/**
 * The campaign a screen opens when nobody picked one: the ACTIVE campaign whose dates contain today (the one that
 * started last when several do), else the most recent ACTIVE one (latest start), else the latest of any state
 * (latest start); null when there is none. Ties on the start date go to the later end date, then the greater id, so
 * the choice never depends on the order the list came in.
 */
export function currentCampaign<T extends CampaignDates>(campaigns: readonly T[], today: string): T | null {
  const latest = (list: readonly T[]): T | null =>
    list.reduce<T | null>((best, campaign) => (best === null || isLater(campaign, best) ? campaign : best), null);
  const active = campaigns.filter((campaign) => campaign.status === 'ACTIVE');
  return (
    latest(active.filter((campaign) => campaignPhase(campaign, today) === 'RUNNING')) ??
    latest(active) ??
    latest(campaigns)
  );
}

/** The campaign the person picked (remembered) while it still exists, else the current one. */
export function chosenOrCurrentCampaign<T extends CampaignDates>(
  campaigns: readonly T[],
  chosenId: string | null | undefined,
  today: string,
): T | null {
  const chosen = chosenId ? campaigns.find((campaign) => campaign.id === chosenId) : undefined;
  return chosen ?? currentCampaign(campaigns, today);
}

function isLater(a: CampaignDates, b: CampaignDates): boolean {
  if (a.startDate !== b.startDate) return a.startDate > b.startDate;
  if (a.endDate !== b.endDate) return a.endDate > b.endDate;
  return a.id.localeCompare(b.id, 'en', { numeric: true }) > 0;
}
