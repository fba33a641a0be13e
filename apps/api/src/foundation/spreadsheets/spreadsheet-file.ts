import { parse } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { SPREADSHEET_LIMITS, describeBytes, type SpreadsheetLimits } from './spreadsheet-limits';
import { SpreadsheetProblemError, spreadsheetProblem, type SpreadsheetProblem } from './spreadsheet-problem';
import { openXlsxArchive } from './xlsx-archive';
import { firstSheetRows } from './xlsx-first-sheet';
import { msg } from '../i18n/message';

/** An import file: CSV text, or the bytes of an .xlsx workbook (its first sheet is read). */
export type SpreadsheetSource = { csv: string; xlsx?: undefined } | { csv?: undefined; xlsx: Buffer };

/** A cell as read: a number (XLSX numbers stay numbers), text (trimmed), or nothing. */
export type SheetCell = string | number | null;

export interface SheetRow {
  /** The row's number in the file; 1 is the header. */
  row: number;
  cells: Record<string, SheetCell>;
}

export interface SpreadsheetContent {
  /** The names in row 1, trimmed. */
  header: string[];
  /** Rows after the header that hold anything, with only the wanted columns. */
  rows: SheetRow[];
}

export type SpreadsheetOutcome = { ok: true; value: SpreadsheetContent } | { ok: false; problem: SpreadsheetProblem };

export interface SpreadsheetRequest {
  /** The header names whose cells are kept; the other columns are read past. */
  columns: readonly string[];
  /** Rows after the header. */
  maxRows: number;
  limits?: SpreadsheetLimits;
}

/**
 * Reads an import file within SPREADSHEET_LIMITS, the memory it takes bounded whatever the file claims.
 * Every way a file can be wrong — too large, a zip bomb, not a workbook, bad XML or CSV, text PostgreSQL cannot
 * store — comes back as a problem value, never as a thrown error.
 */
export async function readSpreadsheet(
  source: SpreadsheetSource,
  request: SpreadsheetRequest,
): Promise<SpreadsheetOutcome> {
  const limits = request.limits ?? SPREADSHEET_LIMITS;
  const sheet = new SheetCollector(request, limits);
  try {
    if (source.xlsx) {
      const archive = await openXlsxArchive(source.xlsx, limits);
      try {
        for await (const row of firstSheetRows(archive, limits)) sheet.addXlsxRow(row);
      } finally {
        archive.close();
      }
    } else {
      await readCsv(source.csv ?? '', sheet, limits);
    }
    return { ok: true, value: sheet.content() };
  } catch (error) {
    if (error instanceof SpreadsheetProblemError) return { ok: false, problem: error.problem };
    const kind = source.xlsx ? 'an .xlsx workbook' : 'CSV';
    return {
      ok: false,
      problem: {
        code: 'MALFORMED_FILE',
        message: msg(
          `The file cannot be read as ${kind}: ${messageOf(error)}`,
          `Không đọc được tệp dưới dạng ${kind}: ${messageOf(error)}`,
        ),
      },
    };
  }
}

/**
 * CSV through csv-parse's stream, fed in slices with a turn of the event loop between them: a 6 MB file takes about
 * a second to parse, which in one piece would hold every other request (and /healthz) that long.
 */
async function readCsv(csv: string, sheet: SheetCollector, limits: SpreadsheetLimits): Promise<void> {
  if (csv.length > limits.fileBytes)
    throw spreadsheetProblem(
      'FILE_TOO_LARGE',
      msg(
        `A CSV file may hold at most ${describeBytes(limits.fileBytes)}.`,
        `Tệp CSV chỉ được lớn tối đa ${describeBytes(limits.fileBytes)}.`,
      ),
    );
  // csv-parse would turn half a surrogate pair into U+FFFD unseen: look at the text itself first.
  const unstorable = UNSTORABLE.exec(csv);
  if (unstorable) {
    const line = csv.slice(0, unstorable.index).split('\n').length;
    throw spreadsheetProblem(
      'INVALID_TEXT',
      msg(
        `Line ${line} holds a NUL character or a broken UTF-16 surrogate.`,
        `Dòng ${line} chứa ký tự NUL hoặc nửa cặp UTF-16 bị hỏng.`,
      ),
      {
        row: line,
      },
    );
  }
  const parser = parse({
    bom: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: limits.lineChars,
  });
  const feed = async () => {
    for (let at = 0; at < csv.length; at += CSV_SLICE_CHARS) {
      // The reader below stops (and destroys the parser) at the first problem: nothing more is written then.
      if (parser.destroyed) return;
      parser.write(csv.slice(at, at + CSV_SLICE_CHARS));
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (!parser.destroyed) parser.end();
  };
  const feeding = feed();
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) sheet.addRow(++row, record);
  } catch (error) {
    if (error instanceof SpreadsheetProblemError) throw error;
    const { code, lines } = error as { code?: string; lines?: number };
    const at = { row: lines ?? row + 1 };
    if (code === 'CSV_MAX_RECORD_SIZE')
      throw spreadsheetProblem(
        'FILE_TOO_LARGE',
        msg(
          `Line ${at.row} is longer than ${limits.lineChars} characters.`,
          `Dòng ${at.row} dài hơn ${limits.lineChars} ký tự.`,
        ),
        at,
      );
    throw spreadsheetProblem(
      'MALFORMED_FILE',
      msg(`The file is not valid CSV: ${messageOf(error)}`, `Tệp không phải là CSV hợp lệ: ${messageOf(error)}`),
      at,
    );
  } finally {
    parser.destroy();
    await feeding;
  }
}

/** About 30 ms of parsing between two turns of the event loop. */
const CSV_SLICE_CHARS = 256 * 1024;

// NUL, or half of a surrogate pair: neither can be stored in PostgreSQL text nor in the audit log's JSON.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Gathers rows as they are read, checking each kept cell and the bounds on rows and text. */
class SheetCollector {
  private header: string[] | null = null;
  private wanted: { name: string; index: number }[] = [];
  private readonly rows: SheetRow[] = [];
  private lastRow = 0;
  private textChars = 0;

  constructor(
    private readonly request: SpreadsheetRequest,
    private readonly limits: SpreadsheetLimits,
  ) {}

  addXlsxRow(row: ExcelJS.Row): void {
    // Rows without a number (the attribute is optional) follow the previous one.
    const number = Number.isInteger(row.number) && row.number > 0 ? row.number : this.lastRow + 1;
    if (number <= this.lastRow)
      throw spreadsheetProblem(
        'MALFORMED_FILE',
        msg(
          `The sheet's rows are out of order at row ${number}.`,
          `Các dòng của trang tính không theo thứ tự tại dòng ${number}.`,
        ),
        {
          row: number,
        },
      );
    const width = this.header ? Math.max(0, ...this.wanted.map((column) => column.index + 1)) : row.cellCount;
    const values: SheetCell[] = [];
    for (let column = 1; column <= Math.min(width, this.limits.cellsPerRow); column++)
      values.push(cellValue(row.findCell(column)?.value));
    this.addRow(number, values);
  }

  addRow(number: number, values: SheetCell[]): void {
    if (number - 1 > this.request.maxRows)
      throw spreadsheetProblem(
        'TOO_MANY_ROWS',
        msg(
          `A file may hold at most ${this.request.maxRows} rows.`,
          `Mỗi tệp chứa tối đa ${this.request.maxRows} dòng.`,
        ),
      );
    this.lastRow = number;
    if (number === 1) {
      this.header = values.slice(0, this.limits.cellsPerRow).map((name, index) => this.text(name, 1, index) ?? '');
      this.wanted = this.request.columns
        .map((name) => ({ name, index: (this.header as string[]).indexOf(name) }))
        .filter((column) => column.index >= 0);
      return;
    }
    if (!this.header) return;
    const cells: Record<string, SheetCell> = {};
    let blank = true;
    for (const { name, index } of this.wanted) {
      const value = values[index] ?? null;
      cells[name] = typeof value === 'string' ? this.text(value, number, index, name) : value;
      if (value !== null && value !== '') blank = false;
    }
    if (!blank) this.rows.push({ row: number, cells });
  }

  content(): SpreadsheetContent {
    return { header: this.header ?? [], rows: this.rows };
  }

  private text(value: SheetCell, row: number, index: number, column = columnLetter(index)): string | null {
    if (value === null) return null;
    const text = String(value).trim();
    const at = { row, column };
    if (text.length > this.limits.cellChars)
      throw spreadsheetProblem(
        'TOO_LONG',
        msg(
          `Row ${row}, column ${column}: a cell may hold at most ${this.limits.cellChars} characters.`,
          `Dòng ${row}, cột ${column}: mỗi ô chứa tối đa ${this.limits.cellChars} ký tự.`,
        ),
        at,
      );
    this.textChars += text.length;
    if (this.textChars > this.limits.textChars)
      throw spreadsheetProblem(
        'FILE_TOO_LARGE',
        msg(
          `The file holds more than ${this.limits.textChars} characters of text.`,
          `Tệp chứa hơn ${this.limits.textChars} ký tự văn bản.`,
        ),
      );
    if (UNSTORABLE.test(text))
      throw spreadsheetProblem(
        'INVALID_TEXT',
        msg(
          `Row ${row}, column ${column}: the text holds a NUL character or a broken UTF-16 surrogate.`,
          `Dòng ${row}, cột ${column}: văn bản chứa ký tự NUL hoặc nửa cặp UTF-16 bị hỏng.`,
        ),
        at,
      );
    return text;
  }
}

/** An ExcelJS cell value as a number, trimmed text or nothing (formulas give their cached result). */
function cellValue(value: ExcelJS.CellValue | undefined): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  if ('richText' in value)
    return value.richText
      .map((part) => part.text ?? '')
      .join('')
      .trim();
  if ('text' in value) return String(value.text).trim();
  if ('error' in value) return String(value.error);
  return null;
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
