import { Navigate, Route, Routes } from 'react-router-dom';
import { RequireAuth } from '../modules/auth/components/RequireAuth';
import { LoginPage } from '../pages/LoginPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { UnitsPage } from '../pages/UnitsPage';
import { AppLayout } from './layout/AppLayout';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route path="login" element={<LoginPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<Navigate to="/units" replace />} />
          <Route path="units" element={<UnitsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
