import { useTranslation } from 'react-i18next';
import type { CurrentUserFragment } from '../../../generated/graphql';

/** Who is signed in and in which role. */
export function UserBadge({ user }: { user: CurrentUserFragment }) {
  const { t } = useTranslation();
  return (
    <div className="user-badge" aria-label={t('auth.currentUser')} role="group">
      <span className="user-badge__name" title={user.name}>
        {user.name}
      </span>
      <span className="user-badge__role">{t(`roles.${user.role}`)}</span>
    </div>
  );
}
