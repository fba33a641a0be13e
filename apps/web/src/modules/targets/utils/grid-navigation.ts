import type { KeyboardEvent } from 'react';

/** The grid position of a cell input (data-row / data-col), or null for anything else. */
export function cellPosition(element: EventTarget | null): { row: number; col: number } | null {
  if (!(element instanceof HTMLInputElement) || element.dataset.row === undefined || element.dataset.col === undefined)
    return null;
  return { row: Number(element.dataset.row), col: Number(element.dataset.col) };
}

/**
 * Spreadsheet-like moves between the cell inputs of one table: up and down (Enter too) always, left and right
 * when the caret is at the edge of the text, so the arrows still move inside a value being typed.
 */
export function moveBetweenCells(event: KeyboardEvent<HTMLElement>): void {
  const input = event.target;
  const at = cellPosition(input);
  if (!at || !(input instanceof HTMLInputElement)) return;
  const caretAtStart = input.selectionStart === 0 && input.selectionEnd === 0;
  const caretAtEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
  let next: { row: number; col: number } | null = null;
  if (event.key === 'ArrowDown' || (event.key === 'Enter' && !event.shiftKey)) next = { row: at.row + 1, col: at.col };
  else if (event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey))
    next = { row: at.row - 1, col: at.col };
  else if (event.key === 'ArrowLeft' && caretAtStart) next = { row: at.row, col: at.col - 1 };
  else if (event.key === 'ArrowRight' && caretAtEnd) next = { row: at.row, col: at.col + 1 };
  if (!next) return;
  if (event.key === 'Enter') event.preventDefault();
  const target = event.currentTarget.querySelector<HTMLInputElement>(
    `input[data-row="${next.row}"][data-col="${next.col}"]`,
  );
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.select();
}
