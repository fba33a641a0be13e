import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from '../../../generated/graphql';

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--status badge--${status.toLowerCase()}`}>{t(`campaignStatus.${status}`)}</span>;
}
