import { campaignPhase, type CampaignDates } from '@thidua/domain';
import { useTranslation } from 'react-i18next';

/** Where a campaign stands today (the domain's campaignPhase): "Đã kết thúc — chờ đóng" for an ACTIVE one past its end. */
export function PhaseBadge({ campaign, today }: { campaign: CampaignDates; today: string }) {
  const { t } = useTranslation();
  const phase = campaignPhase(campaign, today);
  return <span className={`home-phase home-phase--${phase.toLowerCase()}`}>{t(`campaignPhase.${phase}`)}</span>;
}
