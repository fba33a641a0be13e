import type { Response } from 'express';
import { startsFormula } from './formula-text';

/** A CSV cell: text, a number (written the Vietnamese way, 63,66, unless told otherwise) or nothing. */
export type CsvCell = string | number | null;

/**
 * How numbers are written: `vi` as a Vietnamese spreadsheet reads them (1.234,5); `en` for programs (1234.5: a point,
 * no grouping).
 */
export type CsvLocale = 'vi' | 'en';

const NUMBER_FORMATS: Record<CsvLocale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false }),
};

/**
 * The one way a CSV export writes a cell, headers included: text that would start a formula gets a leading
 * apostrophe (a spreadsheet opening a CSV file evaluates `=…`); cells holding a quote, a separator (`,` or the `;`
 * of a Vietnamese Excel) or a line break are quoted.
 */
export function csvCell(cell: CsvCell, locale: CsvLocale = 'vi'): string {
  const text = cell === null ? '' : typeof cell === 'number' ? NUMBER_FORMATS[locale].format(cell) : defused(cell);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function defused(text: string): string {
  return startsFormula(text) ? `'${text}` : text;
}

/** The whole file: UTF-8 with a byte-order mark (so that Excel reads the diacritics), lines ended by CRLF. */
export function csvDocument(rows: readonly (readonly CsvCell[])[], locale: CsvLocale = 'vi'): string {
  return '\uFEFF' + rows.map((row) => row.map((cell) => csvCell(cell, locale)).join(',') + '\r\n').join('');
}

export function sendCsv(
  res: Response,
  fileName: string,
  rows: readonly (readonly CsvCell[])[],
  locale: CsvLocale = 'vi',
): void {
  res.status(200).type('text/csv; charset=utf-8').attachment(fileName).send(csvDocument(rows, locale));
}
