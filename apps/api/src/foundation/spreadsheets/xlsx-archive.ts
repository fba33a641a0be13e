import { StringDecoder } from 'node:string_decoder';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { describeBytes, type SpreadsheetLimits } from './spreadsheet-limits';
import { spreadsheetProblem } from './spreadsheet-problem';
import { msg } from '../i18n/message';

/** An .xlsx file's zip whose directory passed the limits; its parts are read as text, each inflated byte counted. */
export interface XlsxArchive {
  has(name: string): boolean;
  /** The part's text in chunks; stops with FILE_TOO_LARGE past `maxBytes` inflated, MALFORMED_FILE past its size. */
  readText(name: string, maxBytes: number): AsyncGenerator<string>;
  close(): void;
}

/**
 * Opens an .xlsx's zip and checks its central directory before anything is inflated: the number of entries,
 * each entry's declared size, their total and each large entry's compression ratio. The declared sizes are then
 * enforced while inflating, so a zip whose headers understate its content is stopped at the declared size.
 * yauzl reads the central directory (the one authority on what a zip holds) and inflates one entry at a time.
 */
export async function openXlsxArchive(bytes: Buffer, limits: SpreadsheetLimits): Promise<XlsxArchive> {
  if (bytes.length > limits.fileBytes)
    throw spreadsheetProblem(
      'FILE_TOO_LARGE',
      msg(
        `The file is ${describeBytes(bytes.length)}; an .xlsx file may be at most ${describeBytes(limits.fileBytes)}.`,
        `Tệp lớn ${describeBytes(bytes.length)}; tệp .xlsx chỉ được lớn tối đa ${describeBytes(limits.fileBytes)}.`,
      ),
    );
  let zip: ZipFile;
  try {
    // Sizes are checked below, against our limits and while inflating, with messages of our own.
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: false });
  } catch (error) {
    throw notAWorkbook(error as Error);
  }
  try {
    const entries = await checkedEntries(zip, limits);
    let inflatedInAll = 0;
    return {
      has: (name) => entries.has(name),
      async *readText(name, maxBytes) {
        const entry = entries.get(name);
        if (!entry)
          throw spreadsheetProblem(
            'MALFORMED_FILE',
            msg(`The workbook has no part ${name}.`, `Sổ tính không có phần ${name}.`),
          );
        const stream = await zip.openReadStreamPromise(entry);
        const decoder = new StringDecoder('utf8');
        let inflated = 0;
        try {
          for await (const chunk of stream as AsyncIterable<Buffer>) {
            inflated += chunk.length;
            inflatedInAll += chunk.length;
            if (inflated > entry.uncompressedSize)
              throw spreadsheetProblem(
                'MALFORMED_FILE',
                msg(
                  `The part ${name} inflates to more than the ${entry.uncompressedSize} bytes its zip header declares.`,
                  `Phần ${name} khi giải nén lớn hơn ${entry.uncompressedSize} byte mà tiêu đề zip khai báo.`,
                ),
              );
            if (inflated > maxBytes || inflatedInAll > limits.totalBytes)
              throw spreadsheetProblem(
                'FILE_TOO_LARGE',
                msg(
                  `The part ${name} inflates to more than ${describeBytes(Math.min(maxBytes, limits.totalBytes))}.`,
                  `Phần ${name} khi giải nén lớn hơn ${describeBytes(Math.min(maxBytes, limits.totalBytes))}.`,
                ),
              );
            yield decoder.write(chunk);
          }
          if (inflated < entry.uncompressedSize)
            throw spreadsheetProblem(
              'MALFORMED_FILE',
              msg(
                `The part ${name} is shorter than its zip header declares.`,
                `Phần ${name} ngắn hơn mức tiêu đề zip khai báo.`,
              ),
            );
          const rest = decoder.end();
          if (rest) yield rest;
        } finally {
          stream.destroy();
        }
      },
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

async function checkedEntries(zip: ZipFile, limits: SpreadsheetLimits): Promise<Map<string, Entry>> {
  if (zip.entryCount > limits.zipEntries)
    throw spreadsheetProblem(
      'FILE_TOO_LARGE',
      msg(
        `The .xlsx file holds ${zip.entryCount} parts; at most ${limits.zipEntries} are read.`,
        `Tệp .xlsx có ${zip.entryCount} phần; chỉ đọc tối đa ${limits.zipEntries} phần.`,
      ),
    );
  const entries = new Map<string, Entry>();
  let declared = 0;
  for (const entry of await readEntries(zip)) {
    const name = entry.fileName;
    if (entries.has(name))
      throw spreadsheetProblem(
        'MALFORMED_FILE',
        msg(`The .xlsx file holds ${name} twice.`, `Tệp .xlsx chứa ${name} hai lần.`),
      );
    if (entry.isEncrypted() || !entry.canDecodeFileData())
      throw spreadsheetProblem(
        'MALFORMED_FILE',
        msg(
          `The part ${name} is encrypted or compressed in an unknown way.`,
          `Phần ${name} được mã hóa hoặc nén theo cách không xác định.`,
        ),
      );
    if (entry.uncompressedSize > limits.entryBytes)
      throw spreadsheetProblem(
        'FILE_TOO_LARGE',
        msg(
          `The part ${name} holds ${describeBytes(entry.uncompressedSize)} uncompressed; ` +
            `a part may hold at most ${describeBytes(limits.entryBytes)}.`,
          `Phần ${name} khi giải nén lớn ${describeBytes(entry.uncompressedSize)}; ` +
            `mỗi phần chỉ được lớn tối đa ${describeBytes(limits.entryBytes)}.`,
        ),
      );
    declared += entry.uncompressedSize;
    if (declared > limits.totalBytes)
      throw spreadsheetProblem(
        'FILE_TOO_LARGE',
        msg(
          `The .xlsx file holds more than ${describeBytes(limits.totalBytes)} uncompressed. ` +
            'Keep only the sheet to import in it.',
          `Tệp .xlsx khi giải nén lớn hơn ${describeBytes(limits.totalBytes)}. ` +
            'Hãy chỉ giữ lại trang tính cần nhập trong tệp.',
        ),
      );
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.compressionRatio)
      throw spreadsheetProblem(
        'FILE_TOO_LARGE',
        msg(
          `The part ${name} is compressed ${Math.round(ratio)} to 1; ` +
            `more than ${limits.compressionRatio} to 1 is refused as a possible zip bomb.`,
          `Phần ${name} được nén với tỷ lệ ${Math.round(ratio)}:1; ` +
            `tỷ lệ trên ${limits.compressionRatio}:1 bị từ chối vì có thể là bom zip.`,
        ),
      );
    entries.set(name, entry);
  }
  return entries;
}

function readEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (error: Error) => reject(notAWorkbook(error)));
    zip.readEntry();
  });
}

/** A file the zip reader could not open as a workbook, with the reader's reason. */
function notAWorkbook(error: Error) {
  return spreadsheetProblem(
    'MALFORMED_FILE',
    msg(`The file is not an .xlsx workbook (${error.message}).`, `Tệp không phải là sổ tính .xlsx (${error.message}).`),
  );
}
