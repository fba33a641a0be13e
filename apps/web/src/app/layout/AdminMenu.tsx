import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { useDisclosure } from '../../foundation/ui/hooks/useDisclosure';

export interface AdminMenuLink {
  to: string;
  label: string;
}

/**
 * The administrator's screens behind one button (WAI-ARIA disclosure navigation): the links stay links, so the
 * current one still says aria-current. Enter, Space or ArrowDown opens, arrows, Home and End move between the links,
 * Escape closes and gives focus back to the button, a click or focus outside closes.
 */
export function AdminMenu({ links }: { links: ReadonlyArray<AdminMenuLink> }) {
  const { t } = useTranslation();
  const { open, setOpen, contains, containerProps, buttonProps, panelProps } = useDisclosure();
  const container = containerProps.ref;
  const location = useLocation();
  const current = links.some((link) => location.pathname === link.to || location.pathname.startsWith(`${link.to}/`));

  // A link followed (or any navigation) closes the menu.
  useEffect(() => setOpen(false), [location.pathname]);

  const items = () => Array.from(container.current?.querySelectorAll<HTMLAnchorElement>('.admin-menu__list a') ?? []);
  const focusItem = (index: number) => {
    const all = items();
    if (!all.length) return;
    all[(index + all.length) % all.length]?.focus();
  };
  // The list is shown by the render that opening causes; the link to focus waits for it.
  const pendingFocus = useRef<number | null>(null);
  const openAndFocus = (index: number) => {
    if (open) return focusItem(index);
    pendingFocus.current = index;
    setOpen(true);
  };
  useEffect(() => {
    if (!open || pendingFocus.current === null) return;
    focusItem(pendingFocus.current);
    pendingFocus.current = null;
  });

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAndFocus(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAndFocus(-1);
    }
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(moves[event.key] ?? 0);
    }
  };

  return (
    <div
      className="admin-menu"
      {...containerProps}
      onBlur={(event) => {
        if (open && !contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        {...buttonProps}
        className={`admin-menu__button${current ? ' admin-menu__button--current' : ''}`}
        onKeyDown={onButtonKeyDown}
      >
        {t('nav.admin')}
        <span className="admin-menu__caret" aria-hidden="true" />
      </button>
      <ul {...panelProps} className="admin-menu__list" onKeyDown={onListKeyDown}>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} onClick={() => setOpen(false)}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
