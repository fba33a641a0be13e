import { userError, type Outcome, type Problem } from '../../foundation/errors/problem';
import {
  readSpreadsheet,
  type SheetCell,
  type SpreadsheetContent,
} from '../../foundation/spreadsheets/spreadsheet-file';
import { toUserError } from '../../foundation/spreadsheets/spreadsheet-user-error';
import { msg } from '../../foundation/i18n/message';

export const REPORT_FILE_COLUMNS = ['unitCode', 'indicatorCode', 'numerator', 'denominator'] as const;
export const MAX_REPORT_FILE_ROWS = 100_000;

/** One line of an import file; counts stay as read (a number, or the text that is not one). */
export interface ReportFileRow {
  row: number;
  unitCode: string;
  indicatorCode: string;
  numerator: number | string;
  denominator: number | string;
}

/** Reads CSV text or an .xlsx workbook (first sheet) into rows, the header on row 1, within SPREADSHEET_LIMITS. */
export async function readReportFile(file: {
  csv?: string | null;
  xlsxBase64?: string | null;
}): Promise<Outcome<ReportFileRow[]>> {
  if (Boolean(file.csv) === Boolean(file.xlsxBase64)) {
    return {
      ok: false,
      userErrors: [
        userError(
          'FILE_REQUIRED',
          ['input'],
          msg('Send exactly one file: csv or xlsxBase64.', 'Hãy gửi đúng một tệp: csv hoặc xlsxBase64.'),
        ),
      ],
    };
  }
  const read = await readSpreadsheet(
    file.csv ? { csv: file.csv } : { xlsx: Buffer.from(file.xlsxBase64 as string, 'base64') },
    {
      columns: REPORT_FILE_COLUMNS,
      maxRows: MAX_REPORT_FILE_ROWS,
    },
  );
  if (!read.ok) return { ok: false, userErrors: [toUserError(read.problem, 'file')] };
  return rowsOf(read.value);
}

function rowsOf({ header, rows: records }: SpreadsheetContent): Outcome<ReportFileRow[]> {
  const missing = REPORT_FILE_COLUMNS.filter((name) => !header.includes(name));
  if (!header.length || missing.length) {
    return {
      ok: false,
      userErrors: [
        userError(
          'MISSING_COLUMN',
          ['file', '1'],
          msg(
            `The header needs ${REPORT_FILE_COLUMNS.join(',')}; missing: ${missing.join(', ')}.`,
            `Dòng tiêu đề cần có ${REPORT_FILE_COLUMNS.join(',')}; còn thiếu: ${missing.join(', ')}.`,
          ),
        ),
      ],
    };
  }
  const rows = records.map(({ row, cells }) => ({
    row,
    unitCode: String(cells.unitCode ?? ''),
    indicatorCode: String(cells.indicatorCode ?? ''),
    numerator: countOf(cells.numerator),
    denominator: countOf(cells.denominator),
  }));
  if (!rows.length)
    return {
      ok: false,
      userErrors: [userError('EMPTY_FILE', ['file'], msg('The file has no figures.', 'Tệp không có số liệu nào.'))],
    };
  return { ok: true, value: rows };
}

/** A cell as a number when it is one ("12", "12.5", "12,5"), else the text itself. */
function countOf(value: SheetCell | undefined): number | string {
  if (typeof value === 'number') return value;
  const text = String(value ?? '').trim();
  return /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
}

export function notANumber(row: ReportFileRow, column: 'numerator' | 'denominator'): Problem {
  return userError(
    'NOT_A_NUMBER',
    ['file', String(row.row), column],
    msg(
      `Row ${row.row}: the ${column} "${row[column]}" is not a number.`,
      `Dòng ${row.row}: ${column} "${row[column]}" không phải là số.`,
    ),
  );
}
