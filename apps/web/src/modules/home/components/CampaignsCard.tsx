import type { CampaignDates } from '@thidua/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { CardEmpty, HomeCard } from './HomeCard';
import { PhaseBadge } from './PhaseBadge';

interface CampaignLike extends CampaignDates {
  name: string;
}

/** The ACTIVE campaigns (running, about to start, or ended and waiting to be closed), each with where it stands. */
export function CampaignsCard({ campaigns, today }: { campaigns: readonly CampaignLike[]; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const active = campaigns.filter((campaign) => campaign.status === 'ACTIVE');
  return (
    <HomeCard titleId="home-campaigns-title" title={t('home.admin.campaignsTitle')}>
      {active.length ? (
        <ul className="home-list">
          {active.map((campaign) => (
            <li key={campaign.id} className="home-list__row">
              <span className="home-list__name">
                <Link to={`/campaigns/${campaign.id}`}>{campaign.name}</Link>
                <span className="home-review__meta">
                  {t('home.admin.dates', {
                    start: format.date(campaign.startDate),
                    end: format.date(campaign.endDate),
                  })}
                </span>
                <PhaseBadge campaign={campaign} today={today} />
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <CardEmpty>{t('home.admin.noCampaigns')}</CardEmpty>
      )}
    </HomeCard>
  );
}
