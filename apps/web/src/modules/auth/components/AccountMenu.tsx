import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUserFragment } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../foundation/ui/components/ConfirmDialog';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
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
  const [open, setOpen] = useState(false);
  const [asking, setAsking] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: MouseEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [open]);

  // A dialog closed without signing out gives focus back to the menu's button (its item is hidden by then); this
  // runs after the dialog's own focus restoring, which would aim at that hidden item.
  const wasAsking = useRef(false);
  useEffect(() => {
    if (wasAsking.current && !asking) button.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };

  return (
    <>
      <div className="admin-menu account-menu" ref={container} onKeyDown={onKeyDown}>
        <button
          ref={button}
          type="button"
          className="admin-menu__button account-menu__button"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={t('auth.accountMenu', { name: user.name, role: t(`roles.${user.role}`) })}
          title={user.name}
          onClick={() => setOpen(!open)}
        >
          <span className="user-badge">
            <span className="user-badge__name">{user.name}</span>
            <span className="user-badge__role">{t(`roles.${user.role}`)}</span>
          </span>
          <span className="admin-menu__caret" aria-hidden="true" />
        </button>
        <div id={panelId} className="admin-menu__list account-menu__list" hidden={!open}>
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
