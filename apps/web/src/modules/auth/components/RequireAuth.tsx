import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useSessionToken } from '../hooks/useSessionToken';

export interface LoginRedirectState {
  from?: string;
}

/** Routes behind it need a session; without one, go to /login and come back afterwards. */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const token = useSessionToken();
  const location = useLocation();
  if (!token) {
    const state: LoginRedirectState = { from: `${location.pathname}${location.search}` };
    return <Navigate to="/login" replace state={state} />;
  }
  return children ?? <Outlet />;
}
