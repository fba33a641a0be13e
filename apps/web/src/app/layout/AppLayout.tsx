import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { LogoutButton } from '../../modules/auth/components/LogoutButton';
import { AccountMenu } from '../../modules/auth/components/AccountMenu';
import { useCurrentUser } from '../../modules/auth/hooks/useCurrentUser';
import { NotificationBell } from '../../modules/notifications';
import { CurrentCampaignLink } from './CurrentCampaignLink';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import './layout.css';

/**
 * Header (product, navigation, user, language, log out here or everywhere, the campaign being followed) and the main
 * landmark every page renders into. On a phone the navigation and the account sit behind one "Menu" button, so the
 * header keeps to the brand, that button and the campaign.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { user, signedIn } = useCurrentUser();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);

  // Each screen's title names the product too, in the current language.
  useEffect(() => {
    document.title = t('app.name');
  }, [t, location.pathname]);

  // A link followed from the phone's menu closes it.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="shell__header">
        <div
          className="shell__header-inner"
          onKeyDown={(event) => {
            // The admin and account menus close themselves first (and say so by preventing the default).
            if (event.key !== 'Escape' || !menuOpen || event.defaultPrevented) return;
            setMenuOpen(false);
            menuButton.current?.focus();
          }}
        >
          <Link to="/" className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </Link>
          {/* Beside the account on a wide screen, beside "Menu" on a phone: never hidden behind it. */}
          {user && (
            <div className="shell__bell">
              <NotificationBell />
            </div>
          )}
          {signedIn && (
            <button
              ref={menuButton}
              type="button"
              className="shell__menu-toggle"
              aria-expanded={menuOpen}
              aria-controls={menuId}
              onClick={() => setMenuOpen((was) => !was)}
            >
              <span className="shell__menu-icon" aria-hidden="true" />
              {t('nav.menu')}
            </button>
          )}
          <div
            id={menuId}
            className={`shell__menu${signedIn ? ' shell__menu--collapsible' : ''}${menuOpen ? ' shell__menu--open' : ''}`}
          >
            {signedIn && <MainNav />}
            <div className="shell__tools">
              {user && <AccountMenu user={user} />}
              <LanguageSwitch />
              {signedIn && <LogoutButton />}
            </div>
          </div>
        </div>
        {user && <CurrentCampaignLink userId={user.id} />}
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
