import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { useFormat } from '../../../app/i18n/useFormat';
import { DashboardScreen } from '../../dashboard/components/DashboardScreen';
import { CampaignRecordFeedsPanel } from '../../dossiers/components/CampaignRecordFeedsPanel';
import { RankingsScreen } from '../../rankings/components/RankingsScreen';
import { UnitScreen } from '../../rankings/components/UnitScreen';
import { StatusBoard } from '../../reports/components/StatusBoard';
import { ReviewsPanel } from '../../reviews/components/ReviewsPanel';
import { RulesPanel } from '../../rules/components/RulesPanel';
import { TargetChangeHistory } from '../../targets/components/TargetChangeHistory';
import { TargetsPanel } from '../../targets/components/TargetsPanel';
import { ListError, ListLoading } from '../../units/components/ListStates';
import { CampaignQuery } from '../graphql/queries/campaign';
import { CampaignSettingsPanel } from './CampaignSettingsPanel';
import { CampaignStatusBadge } from './CampaignStatusBadge';
import { PeriodCalendar } from './PeriodCalendar';
import './campaigns.css';

/** One campaign: its header and five sections (settings, targets, periods, reporting status, history), each at its own address. */
export function CampaignScreen({ id, canManage }: { id: string; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const { data, error, refetch } = useQuery(CampaignQuery, { variables: { id } });
  const reload = () => refetch().catch(() => undefined);
  const campaign = data?.campaign;
  const notice = (location.state as { notice?: string } | null)?.notice ?? '';

  if (!data) return error ? <ListError error={error} onRetry={() => void reload()} /> : <ListLoading />;
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
          <span>{t('campaigns.dates', { start: format.date(campaign.startDate), end: format.date(campaign.endDate) })}</span>
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
        <Routes>
          <Route index element={<CampaignSettingsPanel campaign={campaign} canManage={canManage} onReload={() => void reload()} />} />
          <Route path="targets" element={<TargetsPanel campaign={campaign} canManage={canManage} onReload={reload} />} />
          <Route path="periods" element={<PeriodCalendar campaign={campaign} />} />
          <Route path="reports" element={<StatusBoard campaign={campaign} canManage={canManage} />} />
          <Route path="rules" element={<RulesPanel campaign={campaign} canManage={canManage} />} />
          <Route path="reviews/*" element={<ReviewsPanel campaign={campaign} />} />
          <Route path="dashboard" element={<DashboardScreen campaign={campaign} />} />
          <Route path="rankings" element={<RankingsScreen campaign={campaign} />} />
          <Route path="units/:unitId" element={<UnitScreen campaign={campaign} />} />
          {canManage && <Route path="records" element={<CampaignRecordFeedsPanel campaign={campaign} />} />}
          <Route path="history" element={<TargetChangeHistory campaignId={campaign.id} timeZone={campaign.timeZone} sets={campaign.targetSets} />} />
        </Routes>
      </div>
    </section>
  );
}
