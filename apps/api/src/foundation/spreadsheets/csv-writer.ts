import type { Response } from 'express';
import { startsFormula } from './formula-text';

/** A CSV cell: text, a number (written the Vietnamese way, 63,66) or nothing. */
export type CsvCell = string | number | null;

const vietnameseNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/**
 * The one way a CSV export writes a cell, headers included: text that would start a formula gets a leading
 * apostrophe (a spreadsheet opening a CSV file evaluates `=…`); cells holding a quote, a separator (`,` or the `;`
 * of a Vietnamese Excel) or a line break are quoted.
 */
export function csvCell(cell: CsvCell): string {
  const text = cell === null ? '' : typeof cell === 'number' ? vietnameseNumber.format(cell) : defused(cell);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function defused(text: string): string {
  return startsFormula(text) ? `'${text}` : text;
}

/** The whole file: UTF-8 with a byte-order mark (so that Excel reads the diacritics), lines ended by CRLF. */
export function csvDocument(rows: readonly (readonly CsvCell[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

export function sendCsv(res: Response, fileName: string, rows: readonly (readonly CsvCell[])[]): void {
  res.status(200).type('text/csv; charset=utf-8').attachment(fileName).send(csvDocument(rows));
}
