import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useSessionToken } from '../hooks/useSessionToken';
import { LoginForm } from './LoginForm';
import type { LoginRedirectState } from './RequireAuth';
import './auth.css';

/** The login screen; once a session exists, back to where the visitor was going (or the home page). */
export function LoginCard() {
  const { t } = useTranslation();
  const token = useSessionToken();
  const location = useLocation();
  if (token) {
    const from = (location.state as LoginRedirectState | null)?.from;
    return <Navigate to={from && !from.startsWith('/login') ? from : '/'} replace />;
  }
  return (
    <section className="login-card" aria-labelledby="login-title">
      <h1 id="login-title">{t('auth.title')}</h1>
      <p className="login-card__intro">{t('auth.intro')}</p>
      <LoginForm />
    </section>
  );
}
