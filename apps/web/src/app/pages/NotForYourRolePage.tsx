import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Role } from '../../generated/graphql';
import { rolesFor, type Place } from '../access';

/** A screen this role cannot use: said plainly, with who may use it and the way home; nothing to retry. */
export function NotForYourRolePage({ role, place }: { role: Role; place: Place }) {
  const { t } = useTranslation();
  const allowed = rolesFor(place).map((each) => t(`roles.${each}`));
  return (
    <section className="not-found" aria-labelledby="not-for-role-title">
      <h1 id="not-for-role-title">{t('roleGate.title')}</h1>
      <p>{t('roleGate.body', { role: t(`roles.${role}`), roles: allowed.join(', ') })}</p>
      <p>
        <Link to="/">{t('roleGate.home')}</Link>
      </p>
    </section>
  );
}
