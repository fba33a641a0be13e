import { Readable } from 'node:stream';
import { readDossierRows, type DossierFileFormat, type FileRow } from './dossier-file';

async function rows(chunks: (string | Buffer)[], format: DossierFileFormat = 'csv'): Promise<FileRow[]> {
  const out: FileRow[] = [];
  for await (const part of readDossierRows(Readable.from(chunks), format)) out.push(...part);
  return out;
}

describe('reading dossier files', () => {
  it('CSV: quoted fields keep their commas, quotes and line breaks, and rows keep the line they start on', async () => {
    const csv =
      '\uFEFFsource,external_id,unit_code,received_at,channel\r\nDVC,"A,1",32002,2023-03-01T00:00:00Z,ONLINE\r\n\r\nDVC,"say ""hi""\nthere",32002,x,POST\nDVC,3,,y,\n';
    expect(await rows([csv])).toEqual([
      {
        line: 2,
        raw: {
          source: 'DVC',
          external_id: 'A,1',
          unit_code: '32002',
          received_at: '2023-03-01T00:00:00Z',
          channel: 'ONLINE',
        },
      },
      {
        line: 4,
        raw: { source: 'DVC', external_id: 'say "hi"\nthere', unit_code: '32002', received_at: 'x', channel: 'POST' },
      },
      { line: 6, raw: { source: 'DVC', external_id: '3', unit_code: '', received_at: 'y', channel: '' } },
    ]);
  });

  it('CSV split anywhere — inside a quote, between the quotes of "", inside a multi-byte character — reads the same', async () => {
    const csv = Buffer.from(
      'source,external_id,unit_code,received_at,channel\nĐVC,"x ""y"" z",32002,2023,ONLINE\nĐVC,2,32002,2023,POST',
    );
    const whole = await rows([csv]);
    for (let cut = 1; cut < csv.length; cut += 1)
      expect(await rows([csv.subarray(0, cut), csv.subarray(cut)])).toEqual(whole);
    expect(whole.map((row) => ('raw' in row ? row.raw.external_id : null))).toEqual(['x "y" z', '2']);
  });

  it('CSV: short rows leave the missing fields empty, long rows are unreadable, an unclosed quote refuses the file', async () => {
    expect(await rows(['source,external_id,unit_code,received_at,channel\nDVC,1\nDVC,1,2,3,4,5\n'])).toEqual([
      {
        line: 2,
        raw: { source: 'DVC', external_id: '1', unit_code: undefined, received_at: undefined, channel: undefined },
      },
      { line: 3, unreadable: 'the row has 6 fields; the header has 5', code: 'BAD_FIELD_COUNT' },
    ]);
    await expect(rows(['source,external_id,unit_code,received_at,channel\nDVC,"1,2\n'])).rejects.toThrow(
      'a quoted field opened on line 2 is never closed',
    );
    await expect(rows(['source,external_id,received_at,channel\n'])).rejects.toThrow('missing column(s) unit_code');
  });

  it('NDJSON: one object per line, blank lines skipped, split lines joined', async () => {
    expect(await rows(['{"source":"DVC",', '"external_id":"1"}\n\n[1]\n{bad', '\n{"a":1}'], 'ndjson')).toEqual([
      { line: 1, raw: { source: 'DVC', external_id: '1' } },
      { line: 3, unreadable: 'the line is not a JSON object', code: 'NOT_JSON_OBJECT' },
      { line: 4, unreadable: 'the line is not valid JSON', code: 'NOT_JSON' },
      { line: 5, raw: { a: 1 } },
    ]);
  });
});
