import type { Message } from '../i18n/message';

/** Why an imported file was refused before any of its figures were looked at. */
export type SpreadsheetProblemCode =
  /** Over one of the SPREADSHEET_LIMITS: file bytes, zip entries, inflated bytes, ratio, cells per row, text. */
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  /** Not a zip, a truncated or lying zip, no workbook in it, XML that does not parse, CSV that does not parse. */
  | 'MALFORMED_FILE'
  /** A cell holding U+0000 or half of a UTF-16 surrogate pair: PostgreSQL text and JSON cannot store them. */
  | 'INVALID_TEXT'
  /** A cell longer than Excel's own 32.767 characters. */
  | 'TOO_LONG';

export interface SpreadsheetProblem {
  code: SpreadsheetProblemCode;
  /** In both languages (the import's userError answers the caller's). */
  message: Message;
  /** The file's row (1 is the header) and column name, when the problem sits in one cell or line. */
  row?: number;
  column?: string;
}

/** Thrown from deep inside a stream to stop reading; readSpreadsheet turns it back into a value. */
export class SpreadsheetProblemError extends Error {
  constructor(readonly problem: SpreadsheetProblem) {
    super(problem.message.en);
  }
}

export function spreadsheetProblem(
  code: SpreadsheetProblemCode,
  message: Message,
  at: Partial<SpreadsheetProblem> = {},
) {
  return new SpreadsheetProblemError({ code, message, ...at });
}
