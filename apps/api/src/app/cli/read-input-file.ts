import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { SpreadsheetSource } from '../../foundation/spreadsheets/spreadsheet-file';
import { SPREADSHEET_LIMITS, describeBytes } from '../../foundation/spreadsheets/spreadsheet-limits';

/** A CSV or XLSX file as the imports take it: CSV text, or the XLSX's bytes in base64. */
export type InputFile = { csv: string; xlsxBase64?: undefined } | { csv?: undefined; xlsxBase64: string };

/** Reads a file named on the command line, refusing one over the import limit before reading it into memory. */
export async function readInputFile(file: string): Promise<InputFile> {
  const extension = path.extname(file).toLowerCase();
  if (extension !== '.csv' && extension !== '.xlsx')
    throw new Error(`${file}: only .csv and .xlsx files can be imported.`);
  const cannotRead = (error: NodeJS.ErrnoException): never => {
    throw new Error(error.code === 'ENOENT' ? `${file}: no such file.` : `${file}: ${error.message}`);
  };
  const { size } = await stat(file).catch(cannotRead);
  if (size > SPREADSHEET_LIMITS.fileBytes)
    throw new Error(
      `${file}: the file is ${describeBytes(size)}; ` +
        `an import file may be at most ${describeBytes(SPREADSHEET_LIMITS.fileBytes)}.`,
    );
  const bytes = await readFile(file).catch(cannotRead);
  return extension === '.csv' ? { csv: bytes.toString('utf8') } : { xlsxBase64: bytes.toString('base64') };
}

/** The file as the shared spreadsheet reader takes it. */
export function spreadsheetSourceOf(file: InputFile): SpreadsheetSource {
  return file.csv !== undefined ? { csv: file.csv } : { xlsx: Buffer.from(file.xlsxBase64, 'base64') };
}
