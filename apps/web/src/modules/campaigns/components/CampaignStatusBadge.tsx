import { campaignPhase, todayIn, type CampaignDates } from '@thidua/domain';
import { useTranslation } from 'react-i18next';

/**
 * Where a campaign stands today, for people (the domain's campaignPhase): an ACTIVE campaign past its end says
 * "Đã kết thúc — chờ đóng" until an admin closes it, before its start "Sắp diễn ra". `today` is a calendar date
 * (YYYY-MM-DD), today in the campaign's time zone unless given.
 */
export function CampaignStatusBadge({
  campaign,
  today,
}: {
  campaign: CampaignDates & { timeZone?: string };
  today?: string;
}) {
  const { t } = useTranslation();
  const phase = campaignPhase(campaign, today ?? todayIn(new Date(), campaign.timeZone));
  return <span className={`badge badge--status badge--${phase.toLowerCase()}`}>{t(`campaignPhase.${phase}`)}</span>;
}
