import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { userError, type Outcome, type UserError } from '../../graphql/user-error';

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

type Cells = (string | number | null)[];

/** Reads CSV text or an .xlsx workbook (first sheet) into rows, the header on row 1. */
export async function readReportFile(file: {
  csv?: string | null;
  xlsxBase64?: string | null;
}): Promise<Outcome<ReportFileRow[]>> {
  if (Boolean(file.csv) === Boolean(file.xlsxBase64)) {
    return {
      ok: false,
      userErrors: [userError('FILE_REQUIRED', ['input'], 'Send exactly one file: csv or xlsxBase64.')],
    };
  }
  let records: Cells[];
  try {
    records = file.csv
      ? parse(file.csv, { bom: true, trim: true, relax_column_count: true, skip_empty_lines: false })
      : await readXlsx(file.xlsxBase64 as string);
  } catch (error) {
    return {
      ok: false,
      userErrors: [userError('MALFORMED_FILE', ['file'], `The file cannot be read: ${(error as Error).message}`)],
    };
  }
  return rowsOf(records);
}

async function readXlsx(base64: string): Promise<Cells[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: Cells[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values = (row.values as unknown[]).slice(1).map(cellValue);
    records[rowNumber - 1] = values;
  });
  return Array.from(records, (record) => record ?? []);
}

function cellValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return typeof value === 'string' ? value.trim() : value;
  if (typeof value === 'object' && value !== null) {
    if ('result' in value) return cellValue((value as { result: unknown }).result);
    if ('richText' in value)
      return (value as { richText: { text: string }[] }).richText
        .map((part) => part.text)
        .join('')
        .trim();
    if ('text' in value) return String((value as { text: unknown }).text).trim();
  }
  return String(value);
}

function rowsOf(records: Cells[]): Outcome<ReportFileRow[]> {
  const [header, ...body] = records;
  const columns = (header ?? []).map((name) => String(name ?? '').trim());
  const missing = REPORT_FILE_COLUMNS.filter((name) => !columns.includes(name));
  if (!header || missing.length) {
    return {
      ok: false,
      userErrors: [
        userError(
          'MISSING_COLUMN',
          ['file', '1'],
          `The header needs ${REPORT_FILE_COLUMNS.join(',')}; missing: ${missing.join(', ')}.`,
        ),
      ],
    };
  }
  if (body.length > MAX_REPORT_FILE_ROWS) {
    return {
      ok: false,
      userErrors: [userError('TOO_MANY_ROWS', ['file'], `A file may hold at most ${MAX_REPORT_FILE_ROWS} rows.`)],
    };
  }
  const cell = (record: Cells, column: string) => record[columns.indexOf(column)] ?? '';
  const rows: ReportFileRow[] = [];
  body.forEach((record, i) => {
    if (record.every((value) => value === null || value === '')) return;
    rows.push({
      row: i + 2,
      unitCode: String(cell(record, 'unitCode')).trim(),
      indicatorCode: String(cell(record, 'indicatorCode')).trim(),
      numerator: countOf(cell(record, 'numerator')),
      denominator: countOf(cell(record, 'denominator')),
    });
  });
  if (!rows.length) return { ok: false, userErrors: [userError('EMPTY_FILE', ['file'], 'The file has no figures.')] };
  return { ok: true, value: rows };
}

/** A cell as a number when it is one ("12", "12.5", "12,5"), else the text itself. */
function countOf(value: string | number | null): number | string {
  if (typeof value === 'number') return value;
  const text = String(value ?? '').trim();
  return /^-?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : text;
}

export function notANumber(row: ReportFileRow, column: 'numerator' | 'denominator'): UserError {
  return userError(
    'NOT_A_NUMBER',
    ['file', String(row.row), column],
    `Row ${row.row}: the ${column} "${row[column]}" is not a number.`,
  );
}
