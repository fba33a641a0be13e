import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { useFormat } from '../../foundation/i18n/useFormat';
import { PageSuspense } from '../layout/PageOutlet';
import { lazyNamed } from '../lazy-named';
import { ListError, ListLoading } from '../../foundation/ui/components/ListStates';
import { CampaignQuery } from '../../modules/campaigns/graphql/queries/campaign';
import { CampaignStatusBadge } from '../../modules/campaigns/components/CampaignStatusBadge';
import '../../modules/campaigns/components/campaigns.css';

// Each section is fetched when first opened: the dashboard's charts, the rankings' virtualised table, the rules'
// JSON Logic and the reviews do not all have to arrive before the first of them shows.
const CampaignSettingsPanel = lazyNamed(
  () => import('../../modules/campaigns/components/CampaignSettingsPanel'),
  'CampaignSettingsPanel',
);
const CampaignRecordFeedsPanel = lazyNamed(
  () => import('../../modules/dossiers/components/CampaignRecordFeedsPanel'),
  'CampaignRecordFeedsPanel',
);
const DashboardScreen = lazyNamed(
  () => import('../../modules/dashboard/components/DashboardScreen'),
  'DashboardScreen',
);
const PeriodCalendar = lazyNamed(() => import('../../modules/campaigns/components/PeriodCalendar'), 'PeriodCalendar');
const RankingsScreen = lazyNamed(() => import('../../modules/rankings/components/RankingsScreen'), 'RankingsScreen');
const ReviewsPanel = lazyNamed(() => import('../../modules/reviews/components/ReviewsPanel'), 'ReviewsPanel');
const RulesPanel = lazyNamed(() => import('../../modules/rules/components/RulesPanel'), 'RulesPanel');
const StatusBoard = lazyNamed(() => import('../../modules/reports/components/StatusBoard'), 'StatusBoard');
const TargetChangeHistory = lazyNamed(
  () => import('../../modules/targets/components/TargetChangeHistory'),
  'TargetChangeHistory',
);
const TargetsPanel = lazyNamed(() => import('../../modules/targets/components/TargetsPanel'), 'TargetsPanel');
const UnitScreen = lazyNamed(() => import('../../modules/rankings/components/UnitScreen'), 'UnitScreen');

/**
 * One campaign: its header and five sections (settings, targets, periods, reporting status, history), each at its own
 * address.
 */
export function CampaignScreen({ id, canManage }: { id: string; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const { data, error, refetch } = useQuery(CampaignQuery, { variables: { id } });
  const reload = () => refetch().catch(() => undefined);
  const campaign = data?.campaign;
  const notice = (location.state as { notice?: string } | null)?.notice ?? '';

  if (!data) return error ? <ListError error={error} onRetry={reload} /> : <ListLoading />;
  if (!campaign) {
    return (
      <section className="not-found" aria-labelledby="campaign-missing">
        <h1 id="campaign-missing">{t('campaigns.notFound')}</h1>
        <p>
          <Link to="/campaigns">{t('campaigns.back')}</Link>
        </p>
      </section>
    );
  }

  const base = `/campaigns/${campaign.id}`;
  return (
    <section aria-labelledby="campaign-title" className="campaign-screen">
      <p className="back-link">
        <Link to="/campaigns">← {t('campaigns.back')}</Link>
      </p>
      <div className="campaign-header">
        <h1 id="campaign-title">{campaign.name}</h1>
        <p className="campaign-header__meta">
          <CampaignStatusBadge status={campaign.status} />
          <span>
            {t('campaigns.dates', { start: format.date(campaign.startDate), end: format.date(campaign.endDate) })}
          </span>
          <span className="muted">{campaign.timeZone}</span>
        </p>
      </div>
      <p className="notice" role="status">
        {notice}
      </p>
      <nav className="section-tabs" aria-label={t('campaigns.sections')}>
        <ul>
          <li>
            <NavLink to={`${base}/dashboard`}>{t('dashboard.title')}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/rankings`}>{t('rankings.title')}</NavLink>
          </li>
          <li>
            <Link to={`${base}/weekly-report`}>{t('weeklyReport.title')}</Link>
          </li>
          <li>
            <NavLink to={base} end>
              {t('campaigns.tabs.settings')}
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/targets`}>{t('campaigns.tabs.targets')}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/periods`}>{t('campaigns.tabs.periods')}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/reports`}>{t('campaigns.tabs.reports')}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/rules`}>{t('campaignTabs.rules')}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/reviews`}>{t('campaignTabs.reviews')}</NavLink>
          </li>
          {canManage && (
            <li>
              <NavLink to={`${base}/records`}>{t('dossiers.feeds.tab')}</NavLink>
            </li>
          )}
          <li>
            <NavLink to={`${base}/history`}>{t('campaigns.tabs.history')}</NavLink>
          </li>
        </ul>
      </nav>
      <div className="section-body">
        <PageSuspense>
          <Routes>
            <Route
              index
              element={
                <CampaignSettingsPanel campaign={campaign} canManage={canManage} onReload={() => void reload()} />
              }
            />
            <Route
              path="targets"
              element={<TargetsPanel campaign={campaign} canManage={canManage} onReload={reload} />}
            />
            <Route path="periods" element={<PeriodCalendar campaign={campaign} />} />
            <Route path="reports" element={<StatusBoard campaign={campaign} canManage={canManage} />} />
            <Route path="rules" element={<RulesPanel campaign={campaign} canManage={canManage} />} />
            <Route path="reviews/*" element={<ReviewsPanel campaign={campaign} />} />
            <Route path="dashboard" element={<DashboardScreen campaign={campaign} />} />
            <Route path="rankings" element={<RankingsScreen campaign={campaign} />} />
            <Route path="units/:unitId" element={<UnitScreen campaign={campaign} />} />
            {canManage && <Route path="records" element={<CampaignRecordFeedsPanel campaign={campaign} />} />}
            <Route
              path="history"
              element={
                <TargetChangeHistory campaignId={campaign.id} timeZone={campaign.timeZone} sets={campaign.targetSets} />
              }
            />
          </Routes>
        </PageSuspense>
      </div>
    </section>
  );
}
