/**
 * Memory of reading an import file: zip bombs, a lying zip, a row of a million cells, the shared-strings part at
 * its limit, and large honest files, each read as the importReports mutation reads it (base64 decoded, then
 * readSpreadsheet) in a fresh Node process. Prints peak RSS and heap per file; no assertions.
 *
 * Run: npm run bench:upload
 *      BENCH_UPLOAD_BEFORE=1 npm run bench:upload   (also loads the first bomb as before the guard: ~4 GB)
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
// Builders of hostile spreadsheet files: the API's test helpers, apart from its public entry.
import { filler, repeatedRowsSheet, sheetXml, xlsxOf } from '@thidua/api/test-files';

const MB = 1 << 20;
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A well-formed sheet of `bytes` bytes of one repeated row: what the outside probe sent, eight times. */
function* bombSheet(bytes: number) {
  yield `<worksheet xmlns="${MAIN}"><sheetData>`;
  yield* filler(bytes);
  yield '</sheetData></worksheet>';
}
const HEADER = ['unitCode', 'indicatorCode', 'numerator', 'denominator'];

interface Measure {
  outcome: string;
  seconds: number;
  rssBeforeMb: number;
  peakRssMb: number;
  peakHeapMb: number;
}

/** In the child: read one file the way the import does, sampling memory every 5 ms. */
async function measureOne(file: string, how: string): Promise<Measure> {
  const { readReportFile } = await import('@thidua/api');
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peakHeap = 0;
  const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  const sampler = setInterval(sample, 5);
  const started = performance.now();
  let outcome: string;
  const base64 = fs.readFileSync(file).toString('base64');
  if (how === 'exceljs-load') {
    const workbook = new ExcelJS.Workbook();
    outcome = await workbook.xlsx
      .load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer)
      .then(() => `loaded ${workbook.worksheets.length} sheets`)
      .catch((error: Error) => `failed: ${error.message.slice(0, 60)}`);
  } else {
    const read = await readReportFile(
      file.endsWith('.csv') ? { csv: Buffer.from(base64, 'base64').toString() } : { xlsxBase64: base64 },
    );
    outcome = read.ok ? `${read.value.length} rows read` : read.userErrors.map((error) => error.code).join(', ');
  }
  clearInterval(sampler);
  sample();
  return {
    outcome,
    seconds: (performance.now() - started) / 1000,
    rssBeforeMb: rssBefore / MB,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / MB,
  };
}

/** A sheet whose second row holds `cells` cells of different numbers (no bomb ratio, no lie). */
function* wideRowSheet(cells: number) {
  yield `<worksheet xmlns="${MAIN}"><sheetData>${sheetXml([HEADER]).match(/<row.*<\/row>/)?.[0]}<row r="2">`;
  for (let i = 0; i < cells; i += 10_000)
    yield Array.from({ length: 10_000 }, (_, j) => `<c r="A2"><v>${i + j}</v></c>`).join('');
  yield '</row></sheetData></worksheet>';
}

/** A shared-strings part of about `bytes` bytes of one-run rich-text strings, the costliest kind to keep. */
function* richSharedStrings(bytes: number) {
  yield '<sst>';
  let written = 5;
  for (let i = 0; written + 40_000 < bytes; i += 1_000) {
    const chunk = Array.from({ length: 1_000 }, (_, j) => `<si><r><t>${i + j}</t></r></si>`).join('');
    written += chunk.length;
    yield chunk;
  }
  yield '</sst>';
}

async function makeFiles(dir: string): Promise<{ label: string; file: string; how?: string }[]> {
  const write = async (name: string, bytes: Buffer | Promise<Buffer>) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, await bytes);
    return file;
  };
  const bomb = await write(
    'bomb.xlsx',
    xlsxOf(Array.from({ length: 8 }, (_, i) => ({ name: `S${i}`, chunks: bombSheet(400 * MB) }))),
  );
  const files: { label: string; file: string; how?: string }[] = [
    { label: 'zip bomb: 8 sheets of 400 MB', file: bomb },
    {
      label: 'lying zip: a sheet of 1 GB declaring 1 KB',
      file: await write('liar.xlsx', xlsxOf([{ name: 'S', declaredSize: 1024, chunks: bombSheet(1024 * MB) }])),
    },
    {
      label: 'one row of 1.000.000 different cells',
      file: await write('wide.xlsx', xlsxOf([{ name: 'S', chunks: wideRowSheet(1_000_000) }])),
    },
    {
      label: 'shared strings just under the 8 MB limit, rich text',
      file: await write(
        'strings.xlsx',
        xlsxOf(
          [{ name: 'S', chunks: [sheetXml([HEADER, ['970', 'X', 1, 2]])] }],
          [{ name: 'xl/sharedStrings.xml', chunks: richSharedStrings(8 * MB - 64) }],
        ),
      ),
    },
    {
      label: 'honest: 100.000 rows of figures (.xlsx)',
      file: await write(
        'honest.xlsx',
        xlsxOf([
          {
            name: 'Báo cáo',
            chunks: repeatedRowsSheet(HEADER, 100_000, (row) => [
              `U-${row % 9000}`,
              'ONLINE_RESOLUTION',
              row % 97,
              100,
            ]),
          },
        ]),
      ),
    },
    {
      label: 'honest: 100.000 rows of figures (.csv)',
      file: await write(
        'honest.csv',
        Buffer.from(
          [
            HEADER.join(','),
            ...Array.from({ length: 100_000 }, (_, row) => `U-${row % 9000},ONLINE_RESOLUTION,${row % 97},100`),
          ].join('\n'),
        ),
      ),
    },
  ];
  if (process.env.BENCH_UPLOAD_BEFORE)
    files.push({ label: 'the zip bomb as loaded before (ExcelJS load)', file: bomb, how: 'exceljs-load' });
  return files;
}

async function main() {
  if (process.argv[2] === '--one') {
    process.stdout.write(JSON.stringify(await measureOne(process.argv[3], process.argv[4] ?? 'import')));
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-upload-bench-'));
  console.log('Generating the files…');
  const files = await makeFiles(dir);
  const rows: string[] = [];
  for (const { label, file, how } of files) {
    const output = execFileSync(
      process.execPath,
      [...process.execArgv, '--expose-gc', __filename, '--one', file, how ?? 'import'],
      {
        encoding: 'utf8',
        maxBuffer: 16 * MB,
      },
    );
    const measure = JSON.parse(output.slice(output.indexOf('{'))) as Measure;
    const size = fs.statSync(file).size / MB;
    const cells = [
      label,
      size.toFixed(1),
      measure.outcome,
      measure.seconds.toFixed(2),
      measure.rssBeforeMb.toFixed(0),
      measure.peakRssMb.toFixed(0),
      (measure.peakRssMb - measure.rssBeforeMb).toFixed(0),
      measure.peakHeapMb.toFixed(0),
    ];
    rows.push(`| ${cells.join(' | ')} |`);
  }
  console.log(`\nNode ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB\n`);
  console.log('| file | MB | outcome | s | RSS before (MB) | peak RSS (MB) | growth (MB) | peak heap (MB) |');
  console.log('|---|---:|---|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
