import { Readable } from 'node:stream';
import { startTestApp, type TestApp } from '../../../test/harness';
import { ingestDossiers, type IngestOptions } from './dossier-ingest';

const HEADER =
  'source,external_id,unit_code,procedure_code,received_at,channel,resolved_at,resolved_online,digitised,fee_required,paid_online';
// PGlite's socket server cannot carry COPY FROM STDIN: the embedded database is loaded with INSERT … unnest.
const loader: IngestOptions['loader'] = process.env.THIDUA_TEST_DB_EMBEDDED ? 'insert' : 'copy';

function csv(lines: string[]): Readable {
  return Readable.from([[HEADER, ...lines].join('\n') + '\n']);
}

function record(
  id: number,
  overrides: Partial<Record<'unit' | 'received' | 'channel' | 'resolved' | 'online', string>> = {},
): string {
  const received = overrides.received ?? `2023-03-${String(1 + (id % 28)).padStart(2, '0')}T02:00:00Z`;
  const resolved = overrides.resolved ?? received.replace('T02', 'T09');
  return [
    'DVC',
    `HS-${id}`,
    overrides.unit ?? '32002',
    'P1',
    received,
    overrides.channel ?? 'ONLINE',
    resolved,
    overrides.online ?? '1',
    '1',
    '1',
    id % 2 ? '1' : '0',
  ].join(',');
}

describe('dossier records: ingestion', () => {
  let app: TestApp;
  const dirtyRanges = async (): Promise<string[][]> =>
    (
      await app.dataSource.query(
        `SELECT u.code, to_char(first_day, 'YYYY-MM-DD') AS first, to_char(last_day, 'YYYY-MM-DD') AS last
         FROM dossier_dirty_ranges d JOIN units u ON u.id = d.unit_id ORDER BY 1, 2, 3`,
      )
    ).map((row: { code: string; first: string; last: string }) => [row.code, row.first, row.last]);
  const count = async (): Promise<number> =>
    Number((await app.dataSource.query('SELECT count(*) AS n FROM dossier_records'))[0].n);

  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.dataSource.query('DELETE FROM dossier_records');
    await app.dataSource.query('DELETE FROM dossier_keys');
    await app.dataSource.query('DELETE FROM dossier_dirty_ranges');
    // Back to the migrated table: only the DEFAULT partition, so that each test's months are created by its own import.
    const months: { name: string }[] = await app.dataSource.query(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       WHERE i.inhparent = 'dossier_records'::regclass AND c.relname <> 'dossier_records_default'`,
    );
    for (const { name } of months) await app.dataSource.query(`DROP TABLE "${name}"`);
  });

  it('stores the good rows, in monthly partitions, and lists every rejected row with its line and reason', async () => {
    const summary = await ingestDossiers(
      app.dataSource,
      csv([
        record(1),
        record(2, { received: '2023-04-10T01:00:00+07:00', resolved: '', online: '0' }),
        record(3, { unit: 'NOPE' }),
        record(4, { channel: 'FAX' }),
        record(5, { received: '2023-02-30T01:00:00Z' }),
        record(6, { received: '2023-03-05T10:00:00Z', resolved: '2023-03-04T10:00:00Z' }),
        record(7, { resolved: '' }),
        record(8, { received: '2023-03-05 10:00' }),
      ]),
      { format: 'csv', loader, writers: 1 },
    );
    expect(summary).toMatchObject({ rows: 8, inserted: 2, updated: 0, rejected: 6, moved: 0 });
    expect(summary.rejections).toEqual([
      { line: 4, field: 'unit_code', code: 'UNKNOWN_UNIT', reason: 'no unit has the code "NOPE"', value: 'NOPE' },
      {
        line: 5,
        field: 'channel',
        code: 'BAD_CHANNEL',
        reason: 'channel "FAX" is not one of ONLINE, IN_PERSON, POST',
        value: 'FAX',
      },
      {
        line: 6,
        field: 'received_at',
        code: 'BAD_INSTANT',
        reason: 'received_at "2023-02-30T01:00:00Z" is not an ISO 8601 instant with an offset',
        value: '2023-02-30T01:00:00Z',
      },
      { line: 7, field: 'resolved_at', code: 'RESOLVED_BEFORE_RECEIVED', reason: 'resolved_at is before received_at' },
      {
        line: 8,
        field: 'resolved_online',
        code: 'RESOLVED_ONLINE_UNRESOLVED',
        reason: 'resolved_online is true but resolved_at is empty',
      },
      {
        line: 9,
        field: 'received_at',
        code: 'BAD_INSTANT',
        reason: 'received_at "2023-03-05 10:00" is not an ISO 8601 instant with an offset',
        value: '2023-03-05 10:00',
      },
    ]);
    expect(summary.partitionsCreated.sort()).toEqual(['dossier_records_y2023m03', 'dossier_records_y2023m04']);
    const rows = await app.dataSource.query(
      `SELECT tableoid::regclass::text AS partition, external_id, province_code, resolved_at, resolved_online, paid_online
       FROM dossier_records ORDER BY external_id COLLATE "C"`,
    );
    expect(rows).toEqual([
      {
        partition: 'dossier_records_y2023m03',
        external_id: 'HS-1',
        province_code: '96',
        resolved_at: new Date('2023-03-02T09:00:00Z'),
        resolved_online: true,
        paid_online: true,
      },
      // 10/4 01:00 in Cà Mau is 9/4 18:00 UTC.
      {
        partition: 'dossier_records_y2023m04',
        external_id: 'HS-2',
        province_code: '96',
        resolved_at: null,
        resolved_online: false,
        paid_online: false,
      },
    ]);
    // One range per unit and batch: Phường 4's two records.
    expect(await dirtyRanges()).toEqual([['32002', '2023-03-02', '2023-04-09']]);
  });

  it('sending records again updates them and never duplicates; a record whose receipt moves to another month moves', async () => {
    // One writer: the dirty ranges below are one per unit and batch.
    await ingestDossiers(app.dataSource, csv([record(1), record(2), record(3)]), { format: 'csv', loader, writers: 1 });
    const again = await ingestDossiers(
      app.dataSource,
      csv([
        record(1, { online: '0' }),
        record(2, { received: '2023-05-02T03:00:00Z', resolved: '2023-05-03T03:00:00Z' }),
        record(3),
        record(4),
        record(4, { channel: 'POST' }),
      ]),
      { format: 'csv', loader, writers: 1 },
    );
    expect(again).toMatchObject({ rows: 5, inserted: 1, updated: 4, rejected: 0, moved: 1 });
    const rows = await app.dataSource.query(
      `SELECT external_id, received_at, channel, resolved_online FROM dossier_records ORDER BY external_id COLLATE "C"`,
    );
    expect(rows).toEqual([
      { external_id: 'HS-1', received_at: new Date('2023-03-02T02:00:00Z'), channel: 'ONLINE', resolved_online: false },
      { external_id: 'HS-2', received_at: new Date('2023-05-02T03:00:00Z'), channel: 'ONLINE', resolved_online: true },
      { external_id: 'HS-3', received_at: new Date('2023-03-04T02:00:00Z'), channel: 'ONLINE', resolved_online: true },
      // The later line of a key sent twice in one file wins.
      { external_id: 'HS-4', received_at: new Date('2023-03-05T02:00:00Z'), channel: 'POST', resolved_online: true },
    ]);
    expect(await app.dataSource.query('SELECT count(*)::int AS n FROM dossier_keys')).toEqual([{ n: 4 }]);
    // HS-2's old day (3/3) and new day (2/5) are both queued for a recompute.
    expect(await dirtyRanges()).toEqual([
      ['32002', '2023-03-02', '2023-03-04'],
      ['32002', '2023-03-02', '2023-05-02'],
      ['32002', '2023-03-03', '2023-03-03'],
    ]);
  });

  it('an import stopped after its first batch and run again ends with exactly the records of the file', async () => {
    const lines = Array.from({ length: 25 }, (_, i) => record(i + 1, { unit: i % 2 ? '32002' : '96-SYT' }));
    const stopped = ingestDossiers(app.dataSource, csv(lines), {
      format: 'csv',
      loader,
      batchSize: 10,
      onBatch: (progress) => {
        if (progress.batches === 1) throw new Error('killed');
      },
    });
    await expect(stopped).rejects.toThrow('killed');
    // Whole batches only: the first one, and what a second writer committed meanwhile (on a server).
    const kept = await count();
    expect(kept).toBeGreaterThanOrEqual(10);
    expect(kept).toBeLessThan(25);
    if (loader === 'insert') expect(kept).toBe(10);
    const rerun = await ingestDossiers(app.dataSource, csv(lines), { format: 'csv', loader, batchSize: 10 });
    expect(rerun).toMatchObject({ rows: 25, inserted: 25 - kept, updated: kept, rejected: 0 });
    const ids = await app.dataSource.query('SELECT external_id FROM dossier_records ORDER BY external_id COLLATE "C"');
    expect(ids.map((row: { external_id: string }) => row.external_id)).toEqual(
      Array.from({ length: 25 }, (_, i) => `HS-${i + 1}`).sort(),
    );
    expect(await app.dataSource.query('SELECT count(*)::int AS n FROM dossier_keys')).toEqual([{ n: 25 }]);
  });

  it('a key sent on many lines across batches keeps its last line, whatever the number of writers', async () => {
    const channels = ['ONLINE', 'IN_PERSON', 'POST'];
    const lines = Array.from({ length: 30 }, (_, i) => record(1 + (i % 5), { channel: channels[(i * 7) % 3] }));
    const summary = await ingestDossiers(app.dataSource, csv(lines), { format: 'csv', loader, batchSize: 4 });
    expect(summary).toMatchObject({ rows: 30, inserted: 5, updated: 25 });
    const rows = await app.dataSource.query(
      'SELECT external_id, channel FROM dossier_records ORDER BY external_id COLLATE "C"',
    );
    // Lines 26–30 are the last ones of HS-1 … HS-5 (i = 25 … 29).
    expect(rows).toEqual(
      [25, 26, 27, 28, 29].map((i) => ({ external_id: `HS-${1 + (i % 5)}`, channel: channels[(i * 7) % 3] })),
    );
  });

  it('reads NDJSON with the same field names, and rejects lines that are not JSON objects', async () => {
    const objects = [
      JSON.stringify({
        source: 'DVC',
        external_id: 'N-1',
        unit_code: '32002',
        received_at: '2023-03-06T01:00:00Z',
        channel: 'IN_PERSON',
        fee_required: true,
      }),
      'not json',
      '[1,2]',
      JSON.stringify({
        source: 'DVC',
        external_id: 'N-2',
        unit_code: '32002',
        received_at: '2023-03-06T01:00:00Z',
        channel: 'POST',
        paid_online: true,
      }),
    ];
    const summary = await ingestDossiers(app.dataSource, Readable.from([objects.join('\n') + '\n']), {
      format: 'ndjson',
      loader,
    });
    expect(summary).toMatchObject({ rows: 4, inserted: 1, rejected: 3 });
    expect(summary.rejections).toEqual([
      { line: 2, field: null, code: 'NOT_JSON', reason: 'the line is not valid JSON' },
      { line: 3, field: null, code: 'NOT_JSON_OBJECT', reason: 'the line is not a JSON object' },
      {
        line: 4,
        field: 'paid_online',
        code: 'PAID_WITHOUT_FEE',
        reason: 'paid_online is true but fee_required is false',
      },
    ]);
    expect(await app.dataSource.query('SELECT channel, fee_required, procedure_code FROM dossier_records')).toEqual([
      { channel: 'IN_PERSON', fee_required: true, procedure_code: null },
    ]);
  });

  it('refuses a CSV whose header names an unknown column, writing nothing', async () => {
    const input = Readable.from([
      'source,external_id,unit_code,received_at,channel,colour\nDVC,1,32002,2023-03-06T01:00:00Z,POST,red\n',
    ]);
    await expect(ingestDossiers(app.dataSource, input, { format: 'csv', loader })).rejects.toThrow(
      'unknown column(s) colour',
    );
    expect(await count()).toBe(0);
  });
});
