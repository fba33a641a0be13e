import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

export interface RowKeyboardOptions {
  /** The rows shown, in the order shown. */
  ids: readonly string[];
  isPending: (id: string) => boolean;
  onApprove: (id: string) => void;
  onReject: (id: string) => void;
  onToggle: (id: string) => void;
}

const ROW = '[data-row-id]';

function typingIn(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/**
 * The list's keys, outside text fields: ↓/↑ or j/k move between rows, n goes to the next pending one, a approves and
 * r rejects the focused row, x or Space (on the row itself) selects it. One row is in the tab order (roving
 * tabindex); when the focused row leaves the list (decided while only pending ones show), its follower takes focus.
 */
export function useRowKeyboard({ ids, isPending, onApprove, onReject, onToggle }: RowKeyboardOptions) {
  const listRef = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const lastIndex = useRef(0);
  const refocus = useRef(false);
  const current =
    activeId && ids.includes(activeId) ? activeId : (ids[Math.min(lastIndex.current, ids.length - 1)] ?? null);

  const focusRow = (id: string | null | undefined) => {
    if (!id) return;
    setActiveId(id);
    const rows = listRef.current?.querySelectorAll<HTMLElement>(ROW) ?? [];
    Array.from(rows)
      .find((row) => row.dataset.rowId === id)
      ?.focus();
  };

  useEffect(() => {
    const index = current ? ids.indexOf(current) : -1;
    if (index >= 0) lastIndex.current = index;
    if (activeId && current !== activeId) {
      // Only when the row left with the focus in it (focus fell back to the page), never from another control.
      const lost = !document.activeElement || document.activeElement === document.body;
      if (refocus.current && lost) focusRow(current);
      refocus.current = false;
    }
  });

  /** Call before a decision made from inside the list: if its row leaves, focus stays in the list. */
  const keepFocus = () => {
    refocus.current = Boolean(listRef.current?.contains(document.activeElement));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
    const row = (event.target as HTMLElement).closest<HTMLElement>(ROW);
    const id = row?.dataset.rowId ?? current;
    if (!id) return;
    const index = ids.indexOf(id);
    const act = (action: () => void) => {
      event.preventDefault();
      action();
    };
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
        return act(() => focusRow(ids[Math.min(index + 1, ids.length - 1)]));
      case 'ArrowUp':
      case 'k':
        return act(() => focusRow(ids[Math.max(index - 1, 0)]));
      case 'n': {
        const after = [...ids.slice(index + 1), ...ids.slice(0, index + 1)];
        return act(() => focusRow(after.find(isPending)));
      }
      case 'a':
        return act(() => {
          keepFocus();
          onApprove(id);
        });
      case 'r':
        return act(() => {
          keepFocus();
          onReject(id);
        });
      case 'x':
        return act(() => onToggle(id));
      case ' ':
        if (event.target === row) act(() => onToggle(id));
        return;
      default:
        return;
    }
  };

  /** A row's tabindex and focus tracking. */
  const rowProps = (id: string) => ({
    'data-row-id': id,
    tabIndex: id === current ? 0 : -1,
    onFocus: () => setActiveId(id),
  });

  return { listRef, activeId: current, onKeyDown, keepFocus, focusCurrent: () => focusRow(current), rowProps };
}
