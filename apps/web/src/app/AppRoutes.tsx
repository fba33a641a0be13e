import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { AppLayout } from './layout/AppLayout';
import { PageOutlet } from './layout/PageOutlet';
import { lazyNamed } from './lazy-named';
import type { Place } from './access';
import { RequireRole } from './RequireRole';

const ApiTokensPage = lazyNamed(() => import('./pages/ApiTokensPage'), 'ApiTokensPage');
const AuditPage = lazyNamed(() => import('./pages/AuditPage'), 'AuditPage');
const CampaignPage = lazyNamed(() => import('./pages/CampaignPage'), 'CampaignPage');
const CampaignsPage = lazyNamed(() => import('./pages/CampaignsPage'), 'CampaignsPage');
const DecisionListPage = lazyNamed(() => import('./pages/DecisionListPage'), 'DecisionListPage');
const DossiersPage = lazyNamed(() => import('./pages/DossiersPage'), 'DossiersPage');
const IndicatorsPage = lazyNamed(() => import('./pages/IndicatorsPage'), 'IndicatorsPage');
const NewCampaignPage = lazyNamed(() => import('./pages/NewCampaignPage'), 'NewCampaignPage');
const NotFoundPage = lazyNamed(() => import('./pages/NotFoundPage'), 'NotFoundPage');
const RankingsPage = lazyNamed(() => import('./pages/RankingsPage'), 'RankingsPage');
const PublicScoreboardPage = lazyNamed(() => import('./pages/PublicScoreboardPage'), 'PublicScoreboardPage');
const PublicUnitPage = lazyNamed(() => import('./pages/PublicUnitPage'), 'PublicUnitPage');
const ReportPage = lazyNamed(() => import('./pages/ReportPage'), 'ReportPage');
const UnitsPage = lazyNamed(() => import('./pages/UnitsPage'), 'UnitsPage');
const UsersPage = lazyNamed(() => import('./pages/UsersPage'), 'UsersPage');
const WebhookPage = lazyNamed(() => import('./pages/WebhookPage'), 'WebhookPage');
const WebhooksPage = lazyNamed(() => import('./pages/WebhooksPage'), 'WebhooksPage');
const WeeklyReportPage = lazyNamed(() => import('./pages/WeeklyReportPage'), 'WeeklyReportPage');

/** A route only the roles access.ts allows at `place` may open. */
const guarded = (place: Place, page: ReactElement) => <RequireRole place={place}>{page}</RequireRole>;

/**
 * The login page and the layout ship in the first file; every other page, with the libraries only it uses, is fetched
 * when first opened. The home page stays too: everyone lands on it after login, and loading it lazily would add a
 * round trip before its first request.
 */
export function AppRoutes() {
  return (
    <Routes>
      {/* The public scoreboard: anyone, without signing in, outside the app's header and menus. */}
      <Route element={<PageOutlet />}>
        <Route path="cong-khai/:slug" element={<PublicScoreboardPage />} />
        <Route path="cong-khai/:slug/don-vi/:unitId" element={<PublicUnitPage />} />
      </Route>
      <Route element={<AppLayout />}>
        <Route path="login" element={<LoginPage />} />
        <Route element={<PageOutlet />}>
          <Route element={<RequireAuth />}>
            <Route index element={<HomePage />} />
            <Route path="units" element={<UnitsPage />} />
            <Route path="campaigns" element={<CampaignsPage />} />
            <Route path="campaigns/new" element={guarded('newCampaign', <NewCampaignPage />)} />
            <Route path="campaigns/:id/reviews/:reviewId/decision-list" element={<DecisionListPage />} />
            <Route
              path="campaigns/:id/weekly-report"
              element={guarded('campaign.weeklyReport', <WeeklyReportPage />)}
            />
            <Route path="campaigns/:id/*" element={<CampaignPage />} />
            <Route path="indicators" element={<IndicatorsPage />} />
            <Route path="rankings" element={<RankingsPage />} />
            <Route path="report" element={guarded('report', <ReportPage />)} />
            <Route path="users" element={guarded('users', <UsersPage />)} />
            <Route path="api-tokens" element={guarded('apiTokens', <ApiTokensPage />)} />
            <Route path="webhooks" element={guarded('webhooks', <WebhooksPage />)} />
            <Route path="webhooks/:id" element={guarded('webhooks', <WebhookPage />)} />
            <Route path="audit" element={guarded('audit', <AuditPage />)} />
            <Route path="dossiers" element={guarded('dossiers', <DossiersPage />)} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
