import { crc32, createDeflateRaw } from 'node:zlib';

/**
 * Hand-made .xlsx files for the tests and the upload benchmark: honest workbooks, zip bombs and liars.
 * A zip is written here byte by byte (not with a zip library) so that a test can make its headers say anything.
 */
export interface ZipPart {
  name: string;
  /** The part's bytes in chunks; a generator makes a part far larger than memory cheap to write. */
  chunks: Iterable<Buffer | string>;
  /** The uncompressed size the headers declare, when it is not the real one. */
  declaredSize?: number;
  stored?: boolean;
}

export async function zipOf(parts: ZipPart[]): Promise<Buffer> {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const { data, size, crc } = await packed(part);
    const name = Buffer.from(part.name, 'utf8');
    const method = part.stored ? 0 : 8;
    const declared = part.declaredSize ?? size;
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6);
    header.writeUInt16LE(method, 8);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(declared, 22);
    header.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(method, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    local.push(header, name, data);
    central.push(entry, name);
    offset += header.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

async function packed(part: ZipPart): Promise<{ data: Buffer; size: number; crc: number }> {
  let size = 0;
  let crc = 0;
  const deflate = part.stored ? null : createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate?.on('data', (chunk: Buffer) => out.push(chunk));
  for (const piece of part.chunks) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    size += chunk.length;
    crc = crc32(chunk, crc);
    if (!deflate) out.push(chunk);
    else if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  if (deflate) {
    const ended = new Promise((resolve, reject) => deflate.once('end', resolve).once('error', reject));
    deflate.end();
    await ended;
  }
  return { data: Buffer.concat(out), size, crc };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetPart {
  name: string;
  /** The sheet's XML from <worksheet> to </worksheet>; sheetXml() and repeatedRowsSheet() write it. */
  chunks: Iterable<Buffer | string>;
  declaredSize?: number;
}

/** A workbook of these sheets, the first one first; `extraParts` adds or overrides parts. */
export function xlsxOf(sheets: SheetPart[], extraParts: ZipPart[] = []): Promise<Buffer> {
  const sheetList = sheets.map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const rels = sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const extraNames = new Set(extraParts.map((part) => part.name));
  const parts: ZipPart[] = [
    {
      name: 'xl/workbook.xml',
      chunks: [`<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheetList.join('')}</sheets></workbook>`],
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      chunks: [
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}` +
          `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ],
    },
    ...sheets.map((sheet, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      chunks: sheet.chunks,
      declaredSize: sheet.declaredSize,
    })),
  ].filter((part) => !extraNames.has(part.name));
  return zipOf([...parts, ...extraParts]);
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Cells as the XML of one row: numbers as numbers, text as inline strings. */
export function rowXml(row: number, cells: (string | number)[]): string {
  const cellXml = cells.map((value, i) => {
    const ref = `${String.fromCharCode(65 + i)}${row}`;
    return typeof value === 'number'
      ? `<c r="${ref}"><v>${value}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
  });
  return `<row r="${row}">${cellXml.join('')}</row>`;
}

export function sheetXml(rows: (string | number)[][]): string {
  const rowsXml = rows.map((cells, i) => rowXml(i + 1, cells)).join('');
  return `<worksheet xmlns="${MAIN}"><sheetData>${rowsXml}</sheetData></worksheet>`;
}

/** A sheet of `count` rows after `header`, each `cellsOf(row)`, written 1.000 rows to a chunk. */
export function* repeatedRowsSheet(
  header: string[],
  count: number,
  cellsOf: (row: number) => (string | number)[],
): Generator<string> {
  yield `<worksheet xmlns="${MAIN}"><sheetData>${rowXml(1, header)}`;
  for (let start = 2; start <= count + 1; start += 1000) {
    const rows: string[] = [];
    for (let row = start; row < Math.min(start + 1000, count + 2); row++) rows.push(rowXml(row, cellsOf(row)));
    yield rows.join('');
  }
  yield '</sheetData></worksheet>';
}

/** `bytes` of one repeated chunk: the body of a bomb whose content is never meant to be parsed. */
export function* filler(bytes: number, text = '<row r="2"><c r="A2"><v>1</v></c></row>'): Generator<Buffer> {
  const block = Buffer.from(text.repeat(Math.ceil((1 << 20) / text.length)), 'utf8');
  for (let left = bytes; left > 0; left -= block.length) yield left >= block.length ? block : block.subarray(0, left);
}
