import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { LogoutButton } from '../../modules/auth/components/LogoutButton';
import { AccountMenu } from '../../modules/auth/components/AccountMenu';
import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { AdminMenu } from './AdminMenu';
import { LanguageSwitch } from './LanguageSwitch';
import './layout.css';

/**
 * Header (product, navigation, user, language, log out here or everywhere) and the main landmark every page renders
 * into.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { user, signedIn } = useCurrentUser();
  const location = useLocation();

  // Each screen's title names the product too, in the current language.
  useEffect(() => {
    document.title = t('app.name');
  }, [t, location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <div className="shell__header-inner">
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          {signedIn && (
            <nav className="shell__nav" aria-label={t('app.mainNav')}>
              <ul>
                <li>
                  <NavLink to="/report">{t('nav.report')}</NavLink>
                </li>
                <li>
                  <NavLink to="/campaigns">{t('nav.campaigns')}</NavLink>
                </li>
                <li>
                  <NavLink to="/rankings">{t('rankings.navTitle')}</NavLink>
                </li>
                <li>
                  <NavLink to="/indicators">{t('nav.indicators')}</NavLink>
                </li>
                <li>
                  <NavLink to="/units">{t('nav.units')}</NavLink>
                </li>
                {user?.role === 'ADMIN' && (
                  <li>
                    <AdminMenu
                      links={[
                        { to: '/users', label: t('users.navTitle') },
                        { to: '/api-tokens', label: t('apiTokens.navTitle') },
                        { to: '/dossiers', label: t('dossiers.navTitle') },
                        { to: '/audit', label: t('audit.navTitle') },
                      ]}
                    />
                  </li>
                )}
              </ul>
            </nav>
          )}
          <div className="shell__tools">
            {user && <AccountMenu user={user} />}
            <LanguageSwitch />
            {signedIn && <LogoutButton />}
          </div>
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
