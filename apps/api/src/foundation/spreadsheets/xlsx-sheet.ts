import type { Response } from 'express';
import type ExcelJS from 'exceljs';
import { startsFormula } from './formula-text';

/** An XLSX cell: text, a number or nothing. Never a formula: no export writes one. */
export type SheetCell = string | number | null;

/** Excel's built-in "Text" number format (id 49): what is typed into the cell stays text. */
const TEXT_FORMAT = '@';

/**
 * The one way an XLSX export writes a cell, headers and titles included. Text is stored as a string cell, never a
 * formula, and kept as it is (no apostrophe shown); text that would start a formula is also given the Text format,
 * so that editing the cell in Excel or LibreOffice does not turn it into one.
 */
export function writeCell(cell: ExcelJS.Cell, value: SheetCell): void {
  cell.value = value;
  if (typeof value === 'string' && startsFormula(value)) cell.numFmt = TEXT_FORMAT;
}

/** Writes `cells` from column 1 of row `rowNumber` (the next free row when omitted). */
export function writeRow(sheet: ExcelJS.Worksheet, cells: readonly SheetCell[], rowNumber?: number): ExcelJS.Row {
  const row = sheet.getRow(rowNumber ?? sheet.rowCount + 1);
  cells.forEach((value, i) => writeCell(row.getCell(i + 1), value));
  return row;
}

/**
 * A new sheet whose name, taken from user data, is one Excel accepts: none of `* ? : \ / [ ]`, no apostrophe at
 * either end, at most 31 characters, not "History", and unlike the workbook's other sheets (a suffix otherwise).
 */
export function addSheet(workbook: ExcelJS.Workbook, wanted: string): ExcelJS.Worksheet {
  const cleaned = wanted
    .replace(/[*?:\\/[\]\u0000-\u001f]/g, ' ')
    .slice(0, 31)
    .replace(/^[\s']+|[\s']+$/g, '');
  const base = cleaned && cleaned.toLowerCase() !== 'history' ? cleaned : 'Trang';
  const taken = new Set(workbook.worksheets.map((sheet) => sheet.name.toLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  return workbook.addWorksheet(name);
}

export async function sendWorkbook(res: Response, fileName: string, workbook: ExcelJS.Workbook): Promise<void> {
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  res.status(200).type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').attachment(fileName);
  res.send(body);
}
