import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A disclosure's behaviour (a button that shows and hides a panel beside it, as the header's menus and bell): a
 * press outside closes it, Escape closes it and gives focus back to its button. Spread `containerProps` on the
 * element holding both, `buttonProps` on the button and `panelProps` on the panel.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
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

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  };

  return {
    open,
    setOpen,
    /** Gives focus back to the button (e.g. once a dialog the panel opened is closed). */
    focusButton: () => button.current?.focus(),
    containerProps: { ref: container, onKeyDown },
    buttonProps: {
      ref: button,
      type: 'button' as const,
      'aria-expanded': open,
      'aria-controls': panelId,
      onClick: () => setOpen((was) => !was),
    },
    panelProps: { id: panelId, hidden: !open },
    /** Whether an element lies inside the disclosure (its button or panel). */
    contains: (node: Node | null) => Boolean(node && container.current?.contains(node)),
  };
}
