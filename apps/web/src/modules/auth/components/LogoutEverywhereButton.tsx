import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/components/ConfirmDialog';
import { useDescribeUserError } from '../../ui/hooks/useDescribeUserError';
import { useLogout } from '../hooks/useLogout';

/** "Sign out everywhere": ends every session of the signed-in user (a lost phone, a shared computer), once confirmed. */
export function LogoutEverywhereButton() {
  const { t } = useTranslation();
  const describe = useDescribeUserError();
  const { logout, loggingOut } = useLogout({ everywhere: true });
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button button--on-dark" onClick={() => setAsking(true)} disabled={loggingOut}>
        {t('auth.logoutEverywhere')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('auth.logoutEverywhereDialog.title')}
          body={t('auth.logoutEverywhereDialog.body')}
          confirmLabel={t('auth.logoutEverywhere')}
          workingLabel={t('auth.logoutEverywhereDialog.working')}
          describe={describe}
          onClose={() => setAsking(false)}
          onConfirm={async () => {
            await logout();
            return { done: true };
          }}
        />
      )}
    </>
  );
}
