import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { SpreadsheetLimits } from './spreadsheet-limits';
import { spreadsheetProblem } from './spreadsheet-problem';
import type { XlsxArchive } from './xlsx-archive';
import { msg } from '../i18n/message';

/** What ExcelJS 4.4's streaming WorkbookReader does per part; its parse() would unzip the raw bytes itself. */
interface WorkbookPartParsers {
  _parseRels(part: Readable): Promise<void>;
  _parseWorkbook(part: Readable): Promise<void>;
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(chunks: AsyncIterable<string>, sheetNo: string): Generator<{ value: AsyncIterable<ExcelJS.Row> }>;
  workbookRels?: { Id: string; Target: string; Type: string }[];
  model?: { sheets?: { rId: string; name: string }[] };
}

const SHARED_STRINGS_TYPE = /\/sharedStrings$/;

/**
 * The rows of an .xlsx's first sheet, one at a time, as ExcelJS's streaming reader builds them.
 * ExcelJS's own WorkbookReader.parse() runs `unzipper` over the raw bytes, trusting each entry's local header
 * and inflating every entry (all sheets included), so it is handed instead only the four parts it needs —
 * relationships, workbook, shared strings, first sheet — as yauzl inflated them within the limits.
 */
export async function* firstSheetRows(archive: XlsxArchive, limits: SpreadsheetLimits): AsyncGenerator<ExcelJS.Row> {
  const relsPart = 'xl/_rels/workbook.xml.rels';
  const workbookPart = 'xl/workbook.xml';
  if (!archive.has(workbookPart) || !archive.has(relsPart))
    throw spreadsheetProblem(
      'MALFORMED_FILE',
      msg(
        `The file is a zip but not an .xlsx workbook: it has no ${workbookPart}.`,
        `Tệp là tệp zip nhưng không phải sổ tính .xlsx: không có ${workbookPart}.`,
      ),
    );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  }) as unknown as WorkbookPartParsers;
  const partText = (name: string, maxBytes: number) => Readable.from(archive.readText(name, maxBytes));
  const smallPartBytes = Math.min(limits.sharedStringsBytes, limits.entryBytes);
  await reader._parseRels(partText(relsPart, smallPartBytes));
  await reader._parseWorkbook(partText(workbookPart, smallPartBytes));

  const firstSheet = reader.model?.sheets?.[0];
  const sheetTarget = reader.workbookRels?.find((rel) => rel.Id === firstSheet?.rId)?.Target;
  if (!sheetTarget)
    throw spreadsheetProblem('MALFORMED_FILE', msg('The workbook has no sheet.', 'Sổ tính không có trang tính nào.'));
  const sheetPart = partPath(sheetTarget);
  if (!archive.has(sheetPart))
    throw spreadsheetProblem(
      'MALFORMED_FILE',
      msg(
        `The workbook's first sheet ${sheetPart} is missing from the file.`,
        `Tệp thiếu trang tính đầu tiên ${sheetPart} của sổ tính.`,
      ),
    );

  const sharedStringsTarget = reader.workbookRels?.find((rel) => SHARED_STRINGS_TYPE.test(rel.Type))?.Target;
  const sharedStringsPart = sharedStringsTarget ? partPath(sharedStringsTarget) : 'xl/sharedStrings.xml';
  if (archive.has(sharedStringsPart)) {
    for await (const _ of reader._parseSharedStrings(partText(sharedStringsPart, limits.sharedStringsBytes)));
  }

  const sheetText = withCellsPerRowLimit(archive.readText(sheetPart, limits.entryBytes), limits.cellsPerRow);
  const [worksheet] = reader._parseWorksheet(sheetText, '1');
  yield* worksheet.value;
}

/** A relationship target ("worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml") as a zip entry name. */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join('xl', target));
}

// `<c` followed by a space, `/` or `>` opens a cell; `</row>` closes a row. A partial tag is at most 5 characters.
const CELL_OR_ROW_END = /<c[\s/>]|<\/row>/g;
const LONGEST_PARTIAL_TAG = 5;

/**
 * Stops a sheet whose row holds more than `maxCells` cells: ExcelJS builds a whole row of Cell objects before it
 * hands the row over, so a row of millions of `<c/>` would be built in memory whatever the row limit.
 */
export async function* withCellsPerRowLimit(chunks: AsyncIterable<string>, maxCells: number): AsyncGenerator<string> {
  let cells = 0;
  let carry = '';
  for await (const chunk of chunks) {
    const text = carry + chunk;
    for (const match of text.matchAll(CELL_OR_ROW_END)) {
      // A tag wholly inside the carried tail was counted with the previous chunk.
      if ((match.index ?? 0) + match[0].length <= carry.length) continue;
      if (match[0] === '</row>') cells = 0;
      else if (++cells > maxCells)
        throw spreadsheetProblem(
          'FILE_TOO_LARGE',
          msg(`A row of the sheet holds more than ${maxCells} cells.`, `Một dòng của trang tính có hơn ${maxCells} ô.`),
        );
    }
    carry = text.slice(-LONGEST_PARTIAL_TAG);
    yield chunk;
  }
}
