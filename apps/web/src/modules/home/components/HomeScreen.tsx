import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CurrentUserFragment } from '../../../generated/graphql';
import { PageHeader } from '../../../foundation/ui/components/PageHeader';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { useCurrentCampaign } from '../../campaigns';
import { useClock } from '../hooks/useClock';
import { AdminHome } from './AdminHome';
import { BoardHome } from './BoardHome';
import { PhaseBadge } from './PhaseBadge';
import { ReporterHome } from './ReporterHome';
import { ViewerHome } from './ViewerHome';
import './home.css';

const systemNow = () => new Date();

/**
 * "Việc cần làm": where everyone lands after login. The current campaign (useCurrentCampaign: the one picked last, else
 * the one running) and, for the signed-in person's role, the week's work in it. `now` is for tests.
 */
export function HomeScreen({ user, now = systemNow }: { user: CurrentUserFragment; now?: () => Date }) {
  const { t } = useTranslation();
  const clock = useClock(now);
  const { campaign, campaigns, today, loading, error, refetch } = useCurrentCampaign(user.id, now);

  const body = () => {
    if (!campaign) {
      if (loading) return <ListLoading />;
      if (error) return <ListError error={error} onRetry={refetch} />;
      return (
        <>
          <ListEmpty title={t('home.noCampaign')} hint={t('home.noCampaignHint')} />
          {user.role === 'ADMIN' && (
            <p className="home-empty-action">
              <Link className="button button--primary" to="/campaigns/new">
                {t('home.createCampaign')}
              </Link>
            </p>
          )}
        </>
      );
    }
    switch (user.role) {
      case 'ADMIN':
        return <AdminHome campaignId={campaign.id} campaigns={campaigns} today={today} now={clock} />;
      case 'BOARD':
        return <BoardHome campaignId={campaign.id} />;
      case 'REPORTER':
        return <ReporterHome user={user} campaignId={campaign.id} now={clock} />;
      case 'VIEWER':
        return <ViewerHome campaignId={campaign.id} />;
    }
  };

  return (
    <section aria-labelledby="home-title" className="home">
      <PageHeader titleId="home-title" title={t('home.title')} intro={t(`home.intro.${user.role}`)} />
      {campaign && (
        <p className="home-campaign">
          <span>{t('home.campaignLabel')}</span>
          <Link to={`/campaigns/${campaign.id}`} className="home-campaign__name">
            {campaign.name}
          </Link>
          <PhaseBadge campaign={campaign} today={today} />
        </p>
      )}
      {body()}
    </section>
  );
}
