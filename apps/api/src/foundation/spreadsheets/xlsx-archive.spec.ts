import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { filler, zipOf } from '../../../test/xlsx-files';
import { SPREADSHEET_LIMITS, type SpreadsheetLimits } from './spreadsheet-limits';
import { SpreadsheetProblemError } from './spreadsheet-problem';
import { openXlsxArchive } from './xlsx-archive';

const KB = 1024;
/** The real limits scaled down, so that a bomb over them is quick to make. */
const limits: SpreadsheetLimits = {
  ...SPREADSHEET_LIMITS,
  zipEntries: 10,
  entryBytes: 256 * KB,
  totalBytes: 512 * KB,
  compressionRatio: 50,
  ratioFloorBytes: 64 * KB,
};

async function problemOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SpreadsheetProblemError) return error.problem;
    throw error;
  }
  return null;
}

async function readAll(bytes: Buffer, name: string) {
  const archive = await openXlsxArchive(bytes, limits);
  let text = '';
  try {
    for await (const chunk of archive.readText(name, limits.entryBytes)) text += chunk;
  } finally {
    archive.close();
  }
  return text;
}

// Random bytes do not compress: a part of them is as large inside the zip as out.
const incompressible = (bytes: number) => [randomBytes(bytes)];

describe('the zip guard in front of every .xlsx', () => {
  it('refuses a zip of more entries than the limit before inflating any', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: limits.zipEntries + 1, max: 60 }), async (entries) => {
        const zip = await zipOf(Array.from({ length: entries }, (_, i) => ({ name: `p${i}.xml`, chunks: ['<a/>'] })));
        expect(await problemOf(openXlsxArchive(zip, limits))).toMatchObject({
          code: 'FILE_TOO_LARGE',
          message: expect.objectContaining({
            en: `The .xlsx file holds ${entries} parts; at most ${limits.zipEntries} are read.`,
          }),
        });
      }),
      { numRuns: 10 },
    );
  });

  it('refuses by the declared sizes: one part over the limit, all parts over the total, or a bomb ratio', async () => {
    const cases = fc.oneof(
      fc.integer({ min: limits.entryBytes + 1, max: 4 * limits.entryBytes }).map((size) => ({
        parts: [{ name: 'big.xml', chunks: incompressible(size) }],
        message: /^The part big.xml holds .* uncompressed; a part may hold at most 256 KB\.$/,
      })),
      fc.integer({ min: 3, max: 6 }).map((count) => ({
        parts: Array.from({ length: count }, (_, i) => ({ name: `p${i}.xml`, chunks: incompressible(200 * KB) })),
        message: /^The .xlsx file holds more than 512 KB uncompressed/,
      })),
      fc.integer({ min: 100 * KB, max: limits.entryBytes }).map((size) => ({
        parts: [{ name: 'bomb.xml', chunks: filler(size) }],
        message: /^The part bomb.xml is compressed \d+ to 1; more than 50 to 1 is refused as a possible zip bomb\.$/,
      })),
    );
    await fc.assert(
      fc.asyncProperty(cases, async ({ parts, message }) => {
        const problem = await problemOf(openXlsxArchive(await zipOf(parts), limits));
        expect(problem?.code).toBe('FILE_TOO_LARGE');
        expect(problem?.message.en).toMatch(message);
      }),
      { numRuns: 15 },
    );
  });

  it('stops a part that inflates past the size its headers declare, having passed on no more than that', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 64 * KB, max: 64 * 1024 * KB }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        async (real, declaredShare) => {
          // Below the size the ratio is checked from: only inflating can tell this lie.
          const declared = Math.floor(Math.min(real, limits.ratioFloorBytes) * declaredShare);
          const zip = await zipOf([{ name: 'sheet.xml', chunks: filler(real), declaredSize: declared }]);
          const archive = await openXlsxArchive(zip, limits);
          let passedOn = 0;
          const problem = await problemOf(
            (async () => {
              for await (const chunk of archive.readText('sheet.xml', limits.entryBytes)) passedOn += chunk.length;
            })(),
          );
          archive.close();
          expect(problem).toEqual({
            code: 'MALFORMED_FILE',
            message: expect.objectContaining({
              en: `The part sheet.xml inflates to more than the ${declared} bytes its zip header declares.`,
            }),
          });
          expect(passedOn).toBeLessThanOrEqual(declared);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('stops a part at the caller limit whatever its declared size allows', async () => {
    const zip = await zipOf([{ name: 'strings.xml', chunks: incompressible(200 * KB) }]);
    const archive = await openXlsxArchive(zip, limits);
    const problem = await problemOf(
      (async () => {
        for await (const _ of archive.readText('strings.xml', 100 * KB));
      })(),
    );
    archive.close();
    expect(problem).toEqual({
      code: 'FILE_TOO_LARGE',
      message: expect.objectContaining({ en: 'The part strings.xml inflates to more than 100 KB.' }),
    });
  });

  it('gives back an honest part whole, characters split across inflated chunks decoded right', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 0, maxLength: 30_000 }), async (text) => {
        const zip = await zipOf([{ name: 'xl/sharedStrings.xml', chunks: [text] }]);
        expect(await readAll(zip, 'xl/sharedStrings.xml')).toBe(text);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses what is not a zip, and a file over the size limit unread', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        expect((await problemOf(openXlsxArchive(Buffer.from(bytes), limits)))?.code).toBe('MALFORMED_FILE');
      }),
      { numRuns: 50 },
    );
    const tooLarge = Buffer.alloc(limits.fileBytes + 1);
    expect(await problemOf(openXlsxArchive(tooLarge, limits))).toEqual({
      code: 'FILE_TOO_LARGE',
      message: expect.objectContaining({ en: 'The file is 10 MB; an .xlsx file may be at most 10 MB.' }),
    });
  });
});
