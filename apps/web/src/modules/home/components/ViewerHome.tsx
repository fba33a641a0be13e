import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { HomeStandingsQuery } from '../graphql/queries/standings';
import { HomeCard } from './HomeCard';
import { StandingsCard } from './StandingsCard';

/** A viewer's home: the way to the campaign's dashboard, and the current standings of each level. */
export function ViewerHome({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const standings = useQuery(HomeStandingsQuery, { variables: { campaignId } });
  return (
    <div className="home-grid">
      <HomeCard titleId="home-dashboard-title" title={t('home.viewer.dashboardTitle')}>
        <p>{t('home.viewer.dashboardText')}</p>
        <p>
          <Link className="button button--primary home-cta" to={`/campaigns/${campaignId}/dashboard`}>
            {t('home.viewer.dashboard')}
          </Link>
        </p>
      </HomeCard>
      <StandingsCard
        campaignId={campaignId}
        report={standings.data?.weeklyReport}
        error={standings.error}
        onRetry={standings.refetch}
      />
    </div>
  );
}
