import { useTranslation } from 'react-i18next';
import { useLogout } from '../hooks/useLogout';

export function LogoutButton() {
  const { t } = useTranslation();
  const { logout, loggingOut } = useLogout();
  return (
    <button type="button" className="button button--on-dark" onClick={() => void logout()} disabled={loggingOut}>
      {t('auth.logout')}
    </button>
  );
}
