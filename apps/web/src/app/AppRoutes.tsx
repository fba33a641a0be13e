import { Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { ApiTokensPage } from '../pages/ApiTokensPage';
import { AuditPage } from '../pages/AuditPage';
import { CampaignPage } from '../pages/CampaignPage';
import { CampaignsPage } from '../pages/CampaignsPage';
import { DecisionListPage } from '../pages/DecisionListPage';
import { DossiersPage } from '../pages/DossiersPage';
import { HomePage } from '../pages/HomePage';
import { IndicatorsPage } from '../pages/IndicatorsPage';
import { LoginPage } from '../pages/LoginPage';
import { NewCampaignPage } from '../pages/NewCampaignPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RankingsPage } from '../pages/RankingsPage';
import { ReportPage } from '../pages/ReportPage';
import { UnitsPage } from '../pages/UnitsPage';
import { UsersPage } from '../pages/UsersPage';
import { WeeklyReportPage } from '../pages/WeeklyReportPage';
import { AppLayout } from './layout/AppLayout';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<HomePage />} />
          <Route path="units" element={<UnitsPage />} />
          <Route path="campaigns" element={<CampaignsPage />} />
          <Route path="campaigns/new" element={<NewCampaignPage />} />
          <Route path="campaigns/:id/reviews/:reviewId/decision-list" element={<DecisionListPage />} />
          <Route path="campaigns/:id/weekly-report" element={<WeeklyReportPage />} />
          <Route path="campaigns/:id/*" element={<CampaignPage />} />
          <Route path="indicators" element={<IndicatorsPage />} />
          <Route path="rankings" element={<RankingsPage />} />
          <Route path="report" element={<ReportPage />} />
          <Route path="users" element={<UsersPage />} />
          <Route path="api-tokens" element={<ApiTokensPage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="dossiers" element={<DossiersPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
