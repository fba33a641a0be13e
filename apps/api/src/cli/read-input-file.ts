import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';

/** A CSV or XLSX file as the imports take it: CSV text, or the XLSX's bytes in base64. */
export type InputFile = { csv: string; xlsxBase64?: undefined } | { csv?: undefined; xlsxBase64: string };

export async function readInputFile(file: string): Promise<InputFile> {
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx')
    throw new Error(`${file}: only .csv and .xlsx files can be imported.`);
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `${file}: no such file.` : `${file}: ${error.message}`);
  });
  return extension === '.csv' ? { csv: bytes.toString('utf8') } : { xlsxBase64: bytes.toString('base64') };
}

/** The first sheet of an XLSX as CSV, for the imports that take CSV only (cells as shown, text kept as is). */
export async function xlsxToCsv(base64: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return '';
  const lines: string[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(csvCell(row.getCell(column).text ?? ''));
    lines.push(cells.join(','));
  });
  return lines.join('\n');
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
