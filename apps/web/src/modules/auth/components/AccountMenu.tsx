import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUserFragment } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../foundation/ui/components/ConfirmDialog';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { useDisclosure } from '../../../foundation/ui/hooks/useDisclosure';
import { useLogout } from '../hooks/useLogout';

/**
 * Who is signed in (name and role, the name cut with the full one as its title), and behind it the account's rarer
 * actions, so that the header keeps one row: "sign out everywhere" (a lost phone, a shared computer) ends every
 * session of the user once confirmed. A disclosure: Enter or Space opens, Escape closes and gives focus back to the
 * button, a click outside closes.
 */
export function AccountMenu({ user }: { user: CurrentUserFragment }) {
  const { t } = useTranslation();
  const describe = useDescribeUserError();
  const { logout, loggingOut } = useLogout({ everywhere: true });
  const { setOpen, focusButton, containerProps, buttonProps, panelProps } = useDisclosure();
  const [asking, setAsking] = useState(false);

  // A dialog closed without signing out gives focus back to the menu's button (its item is hidden by then); this
  // runs after the dialog's own focus restoring, which would aim at that hidden item.
  const wasAsking = useRef(false);
  useEffect(() => {
    if (wasAsking.current && !asking) focusButton();
    wasAsking.current = asking;
  }, [asking]);

  return (
    <>
      <div className="admin-menu account-menu" {...containerProps}>
        <button
          {...buttonProps}
          className="admin-menu__button account-menu__button"
          aria-label={t('auth.accountMenu', { name: user.name, role: t(`roles.${user.role}`) })}
          title={user.name}
        >
          <span className="user-badge">
            <span className="user-badge__name">{user.name}</span>
            <span className="user-badge__role">{t(`roles.${user.role}`)}</span>
          </span>
          <span className="admin-menu__caret" aria-hidden="true" />
        </button>
        <div {...panelProps} className="admin-menu__list account-menu__list">
          <button
            type="button"
            className="account-menu__item"
            disabled={loggingOut}
            onClick={() => {
              setOpen(false);
              setAsking(true);
            }}
          >
            {t('auth.logoutEverywhere')}
          </button>
        </div>
      </div>
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
