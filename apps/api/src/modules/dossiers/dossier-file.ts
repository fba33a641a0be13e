import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { RECORD_FIELDS, type RawRow } from './dossier-record';

export type DossierFileFormat = 'csv' | 'ndjson';

/** One row of an import file with the line it starts on, or why it could not even be read. */
export type FileRow = { line: number; raw: RawRow } | { line: number; unreadable: string };

export class DossierFileError extends Error {}

/** The format named by a file's extension: .csv, or .ndjson / .jsonl; null for anything else. */
export function formatOfPath(path: string): DossierFileFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  return null;
}

/** Reads rows one at a time (back-pressured: the file is never held in memory). */
export function readDossierRows(input: Readable, format: DossierFileFormat): AsyncIterable<FileRow> {
  return format === 'csv' ? readCsv(input) : readNdjson(input);
}

async function* readCsv(input: Readable): AsyncIterable<FileRow> {
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        const names = header.map((name) => name.trim());
        const unknown = names.filter((name) => !(RECORD_FIELDS as readonly string[]).includes(name));
        if (unknown.length) throw new DossierFileError(`unknown column(s) ${unknown.join(', ')}; expected ${RECORD_FIELDS.join(', ')}`);
        const missing = ['source', 'external_id', 'unit_code', 'received_at', 'channel'].filter((name) => !names.includes(name));
        if (missing.length) throw new DossierFileError(`missing column(s) ${missing.join(', ')}`);
        return names;
      },
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }),
  );
  input.on('error', (error) => parser.destroy(error));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: RawRow; info: { lines: number; index?: number } }>) {
      yield { line: info.lines, raw: record };
    }
  } catch (error) {
    // csv-parse wraps what the header callback throws; a quoting error is a file error too.
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof DossierFileError) throw cause;
    if (error instanceof DossierFileError) throw error;
    throw new DossierFileError(`the CSV could not be read: ${(error as Error).message}`);
  }
}

async function* readNdjson(input: Readable): AsyncIterable<FileRow> {
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line += 1;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield { line, unreadable: 'the line is not valid JSON' };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) yield { line, unreadable: 'the line is not a JSON object' };
    else yield { line, raw: value as RawRow };
  }
}
