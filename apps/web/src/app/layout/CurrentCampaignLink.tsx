import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentCampaign } from '../../modules/campaigns';

/**
 * The campaign the screens open when their address names none (useCurrentCampaign), named in the header and leading
 * to its overview; on a phone the name is cut to one line, the full name kept as the title.
 */
export function CurrentCampaignLink({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { campaign } = useCurrentCampaign(userId);
  if (!campaign) return null;
  return (
    <p className="current-campaign">
      <Link to={`/campaigns/${campaign.id}`} className="current-campaign__link" title={campaign.name}>
        <span className="current-campaign__label">{t('nav.following')}</span>{' '}
        <span className="current-campaign__name">{campaign.name}</span>
      </Link>
    </p>
  );
}
