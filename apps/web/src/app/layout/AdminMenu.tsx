import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';

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
  const [open, setOpen] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const location = useLocation();
  const current = links.some((link) => location.pathname === link.to || location.pathname.startsWith(`${link.to}/`));

  // A link followed (or any navigation) closes the menu.
  useEffect(() => setOpen(false), [location.pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent | MouseEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointerDown);
    return () => document.removeEventListener('mousedown', onPointerDown);
  }, [open]);

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

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <div
      className="admin-menu"
      ref={container}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (open && !container.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={`admin-menu__button${current ? ' admin-menu__button--current' : ''}`}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={onButtonKeyDown}
      >
        {t('nav.admin')}
        <span className="admin-menu__caret" aria-hidden="true" />
      </button>
      <ul id={listId} className="admin-menu__list" hidden={!open} onKeyDown={onListKeyDown}>
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
