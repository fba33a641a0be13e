import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useCurrentUser } from '../../modules/auth';
import { mayOpen } from '../access';
import { RoleOnly } from '../RoleOnly';
import { AdminMenu } from './AdminMenu';
import { MAIN_NAV, navSectionOf } from './main-nav';

/**
 * The main navigation, each link offered to the roles that may open it. The highlight follows the section an address
 * belongs to (a campaign's rankings highlight "Xếp hạng", where the top link led), not the address's first segment.
 */
export function MainNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { user } = useCurrentUser();
  const current = navSectionOf(pathname);
  // The admin menu lists the administration screens this role may open, and is not there when it may open none.
  const adminLinks = [
    { to: '/users', label: t('users.navTitle'), place: 'users' as const },
    { to: '/api-tokens', label: t('apiTokens.navTitle'), place: 'apiTokens' as const },
    { to: '/webhooks', label: t('webhooks.navTitle'), place: 'webhooks' as const },
    { to: '/dossiers', label: t('dossiers.navTitle'), place: 'dossiers' as const },
    { to: '/audit', label: t('audit.navTitle'), place: 'audit' as const },
  ].filter((link) => mayOpen(user?.role, link.place));
  return (
    <nav className="shell__nav" aria-label={t('app.mainNav')}>
      <ul>
        {MAIN_NAV.map((item) => (
          <RoleOnly key={item.to} place={item.place}>
            <li>
              <Link to={item.to} aria-current={current === item.section ? 'page' : undefined}>
                {t(item.label)}
              </Link>
            </li>
          </RoleOnly>
        ))}
        {adminLinks.length > 0 && (
          <li>
            <AdminMenu links={adminLinks} />
          </li>
        )}
      </ul>
    </nav>
  );
}
