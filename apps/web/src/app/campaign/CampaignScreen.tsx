import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useFormat } from '../../foundation/i18n/useFormat';
import { PageSuspense } from '../layout/PageOutlet';
import { lazyNamed } from '../lazy-named';
import { ListError, ListLoading } from '../../foundation/ui/components/ListStates';
import { CampaignQuery } from '../../modules/campaigns/graphql/queries/campaign';
import { CampaignStatusBadge } from '../../modules/campaigns/components/CampaignStatusBadge';
import '../../modules/campaigns/components/campaigns.css';
import { RequireRole } from '../RequireRole';
import { mayOpen } from '../access';
import { useCurrentUser } from '../../modules/auth';
import { CampaignTabs } from './CampaignTabs';

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
const PublicationPanel = lazyNamed(
  () => import('../../modules/public-scoreboard/components/PublicationPanel'),
  'PublicationPanel',
);
const PublicScoreboardNotice = lazyNamed(
  () => import('../../modules/public-scoreboard/components/PublicScoreboardNotice'),
  'PublicScoreboardNotice',
);
const PeriodCalendar = lazyNamed(() => import('../../modules/campaigns/components/PeriodCalendar'), 'PeriodCalendar');
const RankingsScreen = lazyNamed(() => import('../../modules/rankings/components/RankingsScreen'), 'RankingsScreen');
const ReviewsPanel = lazyNamed(() => import('../../modules/reviews/components/ReviewsPanel'), 'ReviewsPanel');
const RemindersPanel = lazyNamed(() => import('../../modules/reminders/components/RemindersPanel'), 'RemindersPanel');
const RulesPanel = lazyNamed(() => import('../../modules/rules/components/RulesPanel'), 'RulesPanel');
const StatusBoard = lazyNamed(() => import('../../modules/reports/components/StatusBoard'), 'StatusBoard');
const TargetChangeHistory = lazyNamed(
  () => import('../../modules/targets/components/TargetChangeHistory'),
  'TargetChangeHistory',
);
const TargetsPanel = lazyNamed(() => import('../../modules/targets/components/TargetsPanel'), 'TargetsPanel');
const UnitScreen = lazyNamed(() => import('../../modules/rankings/components/UnitScreen'), 'UnitScreen');

/**
 * One campaign: its header and its sections, each at its own address; the campaign's own address is its overview
 * (the dashboard), the settings are at /settings.
 */
export function CampaignScreen({ id, canManage }: { id: string; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const { user } = useCurrentUser();
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
          <CampaignStatusBadge campaign={campaign} />
          <span>
            {t('campaigns.dates', { start: format.date(campaign.startDate), end: format.date(campaign.endDate) })}
          </span>
        </p>
      </div>
      <p className="notice" role="status">
        {notice}
      </p>
      <CampaignTabs base={base} />
      <div className="section-body">
        <PageSuspense>
          <Routes>
            <Route
              index
              element={
                <>
                  <PublicScoreboardNotice campaignId={campaign.id} />
                  <DashboardScreen campaign={campaign} />
                </>
              }
            />
            {/* The overview's old address, still in bookmarks and links. */}
            <Route path="dashboard" element={<Navigate to={{ pathname: base, search: location.search }} replace />} />
            <Route
              path="settings"
              element={
                <>
                  <CampaignSettingsPanel campaign={campaign} canManage={canManage} onReload={() => void reload()} />
                  <PublicationPanel campaign={campaign} canManage={canManage} />
                </>
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
            <Route path="rankings" element={<RankingsScreen campaign={campaign} />} />
            <Route path="units/:unitId" element={<UnitScreen campaign={campaign} />} />
            <Route
              path="records"
              element={
                <RequireRole place="campaign.records">
                  <CampaignRecordFeedsPanel campaign={campaign} />
                </RequireRole>
              }
            />
            <Route
              path="reminders"
              element={
                <RemindersPanel
                  campaign={campaign}
                  canManage={canManage}
                  canReadMailing={mayOpen(user?.role, 'campaign.weeklyReportMailing')}
                />
              }
            />
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
