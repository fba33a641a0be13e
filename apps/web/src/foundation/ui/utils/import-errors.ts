import type { UserErrorLike } from './user-errors';

/** One bad cell of an import file. */
export interface ImportRowError {
  /** 1 = the header line. */
  row: number;
  column: string | null;
  message: string;
}

/**
 * importUnits reports a bad row as field ["csv", "<row number>", "<column>"] (importReports: ["file", …]). Those
 * become table rows, ordered by row; an error about the file as a whole (no row) is said above the table.
 */
export function toImportRowErrors(
  errors: ReadonlyArray<UserErrorLike>,
  describe: (error: UserErrorLike) => string = (error) => error.message,
  root = 'csv',
): { rows: ImportRowError[]; general: string[] } {
  const rows: ImportRowError[] = [];
  const general: string[] = [];
  for (const error of errors) {
    const [first, row, column] = error.field ?? [];
    const rowNumber = Number(row);
    if (first === root && row !== undefined && Number.isInteger(rowNumber)) {
      rows.push({ row: rowNumber, column: column ?? null, message: describe(error) });
    } else {
      general.push(describe(error));
    }
  }
  rows.sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
  return { rows, general };
}
