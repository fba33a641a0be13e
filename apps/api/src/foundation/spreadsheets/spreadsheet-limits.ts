const MB = 1024 * 1024;

/**
 * What an imported CSV or XLSX file may hold. Each bound keeps one resource finite: the file's bytes, the bytes
 * inflated from its zip, the JavaScript objects ExcelJS builds from them, and the text kept for the import.
 * A file over any of them is refused whole with a userError naming the limit; nothing is written.
 */
export interface SpreadsheetLimits {
  /** Bytes of the file as sent (an .xlsx is already compressed; a CSV is plain text). */
  fileBytes: number;
  /** Entries in an .xlsx's zip directory (a workbook has a dozen or so; a zip bomb may have thousands). */
  zipEntries: number;
  /** Declared uncompressed bytes of any one zip entry. */
  entryBytes: number;
  /** Declared uncompressed bytes of all zip entries together. */
  totalBytes: number;
  /** Uncompressed bytes per compressed byte, for any entry above `ratioFloorBytes`. */
  compressionRatio: number;
  ratioFloorBytes: number;
  /** Bytes actually inflated from the shared-strings part: ExcelJS keeps every string of it in memory. */
  sharedStringsBytes: number;
  /** Cells in one sheet row: ExcelJS builds a whole row before handing it over. */
  cellsPerRow: number;
  /** Characters in one cell (Excel's own limit) and in one CSV line. */
  cellChars: number;
  lineChars: number;
  /** Characters of text kept from all cells together (a shared string repeated in every row counts each time). */
  textChars: number;
}

export const SPREADSHEET_LIMITS: SpreadsheetLimits = {
  fileBytes: 10 * MB,
  zipEntries: 1_000,
  entryBytes: 64 * MB,
  totalBytes: 128 * MB,
  compressionRatio: 200,
  ratioFloorBytes: 1 * MB,
  sharedStringsBytes: 8 * MB,
  cellsPerRow: 4_096,
  cellChars: 32_767,
  lineChars: 65_536,
  textChars: 16_000_000,
};

/** A byte count as people read it: "64 MB", "512 KB". */
export function describeBytes(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  return `${Math.round(bytes / 1024)} KB`;
}
