import { parseTargetText, type ParsedTarget } from './parse-target';

export interface PastedCell {
  /** The text as pasted, trimmed; it becomes the cell's draft. */
  raw: string;
  parsed: ParsedTarget;
}

/**
 * A block copied from a spreadsheet: rows separated by line breaks, cells by tabs ("62,5\t70\n60\t65").
 * The trailing line break spreadsheets add is dropped; a ragged block keeps each row's own length.
 */
export function parsePastedBlock(text: string): PastedCell[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) =>
    line.split('\t').map((cell) => {
      const raw = cell.trim();
      return { raw, parsed: parseTargetText(raw) };
    }),
  );
}

/** True when pasted text is a block (several cells) rather than one value typed into one cell. */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));
}

export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Where each pasted cell lands, starting at the focused cell; cells that fall outside the grid are dropped
 * and counted so the user can be told.
 */
export function placeBlock(
  block: PastedCell[][],
  start: GridPosition,
  size: { rows: number; cols: number },
): { placed: Array<GridPosition & { cell: PastedCell }>; dropped: number } {
  const placed: Array<GridPosition & { cell: PastedCell }> = [];
  let dropped = 0;
  block.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const row = start.row + r;
      const col = start.col + c;
      if (row < size.rows && col < size.cols) placed.push({ row, col, cell });
      else dropped += 1;
    }),
  );
  return { placed, dropped };
}
