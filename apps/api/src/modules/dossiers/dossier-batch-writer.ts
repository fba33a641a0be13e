import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import type { DossierRecord } from './dossier-record';

/**
 * How staged rows reach the database: `copy` streams them with COPY … FROM STDIN; `insert` sends one
 * INSERT … SELECT FROM unnest(…) per batch, for the embedded PGlite, whose socket server does not speak the COPY
 * sub-protocol (the connection is dropped with "protocol synchronization was lost").
 */
export type StagingLoader = 'copy' | 'insert';

/** COPY on a PostgreSQL server; INSERT on the embedded PGlite (its version string names it). */
export async function stagingLoaderOf(dataSource: DataSource): Promise<StagingLoader> {
  const [{ version }] = (await dataSource.query('SELECT version() AS version')) as { version: string }[];
  return version.includes('PGlite') ? 'insert' : 'copy';
}

/** A batch's rows by key: a key sent twice in one batch keeps its last line. */
export interface Batch {
  rows: Map<string, StagedRow>;
  repeats: number;
}

export interface StagedRow {
  line: number;
  record: DossierRecord;
  unitId: string;
  provinceCode: string;
}

export const STAGING_COLUMNS =
  'line, province_code, source, external_id, unit_id, procedure_code, received_at, channel, resolved_at, resolved_online, digitised, fee_required, paid_online';

export interface BatchResult {
  /** Keys seen for the first time. */
  inserted: number;
  /** Keys already stored, plus keys repeated inside the batch (updates of their earlier line). */
  updated: number;
  moved: number;
  partitionsCreated: string[];
}

/**
 * Writes one batch (distinct keys) in one transaction on the writer's connection, creating its months' partitions
 * first.
 */
export async function writeBatch(
  client: PoolClient,
  staging: string,
  batch: Batch,
  loader: StagingLoader,
  partitions: Set<string>,
): Promise<BatchResult> {
  const partitionsCreated: string[] = [];
  const rows = [...batch.rows.values()];
  for (const month of monthsOf(rows)) {
    if (partitions.has(month.name)) continue;
    if (await createPartition(client, month)) partitionsCreated.push(month.name);
    partitions.add(month.name);
  }
  await client.query('BEGIN');
  try {
    let existing = 0;
    let moved = 0;
    // Most batches of a load are all new records. They go straight into the tables with no ON CONFLICT (whose
    // speculative insertion measured twice the cost): COPY, or INSERT … SELECT on the embedded database. The first
    // known key raises a unique violation, and the batch is then staged and upserted the careful way.
    await client.query('SAVEPOINT fresh_batch');
    try {
      if (loader === 'copy') {
        await copyLines(
          client,
          `COPY dossier_keys (source, external_id, province_code, received_at, unit_id) FROM STDIN`,
          rows,
          keyLine,
        );
        await copyLines(client, `COPY dossier_records (${RECORD_COLUMNS}) FROM STDIN`, rows, recordLine);
        await copyLines(
          client,
          'COPY dossier_dirty_ranges (unit_id, first_day, last_day) FROM STDIN',
          dirtyRanges(rows),
          (range) => range.join('\t') + '\n',
        );
      } else {
        await insertRows(client, staging, rows);
        await client.query(INSERT_NEW.replace(/\$staging/g, staging));
      }
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      await client.query('ROLLBACK TO SAVEPOINT fresh_batch');
      if (loader === 'copy')
        await copyLines(client, `COPY ${staging} (${STAGING_COLUMNS}) FROM STDIN`, rows, stagingLine);
      else await insertRows(client, staging, rows);
      const [{ fresh }] = (await client.query(WRITE.replace(/\$staging/g, staging))).rows as { fresh: string }[];
      existing = rows.length - Number(fresh);
      if (existing > 0) {
        const [counts] = (await client.query(RELOCATE.replace(/\$staging/g, staging))).rows as { moved: string }[];
        moved = Number(counts.moved);
      }
    }
    await client.query('COMMIT');
    return { inserted: rows.length - existing, updated: existing + batch.repeats, moved, partitionsCreated };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** A batch of new keys only; fails with a unique violation (23505) as soon as one key is known. */
const INSERT_NEW = `
WITH keys AS (
  INSERT INTO dossier_keys (source, external_id, province_code, received_at, unit_id)
  SELECT source, external_id, province_code, received_at, unit_id FROM $staging
  RETURNING 1
),
records AS (
  INSERT INTO dossier_records (province_code, source, external_id, unit_id, procedure_code, received_at, channel, resolved_at,
    resolved_online, digitised, fee_required, paid_online)
  SELECT province_code, source, external_id, unit_id, procedure_code, received_at, channel, resolved_at,
    resolved_online, digitised, fee_required, paid_online FROM $staging
  RETURNING 1
),
dirty AS (
  INSERT INTO dossier_dirty_ranges (unit_id, first_day, last_day)
  SELECT unit_id, min(day), max(day) FROM (SELECT unit_id, (received_at AT TIME ZONE 'UTC')::date AS day FROM $staging) touched GROUP BY unit_id
  RETURNING 1
)
SELECT (SELECT count(*) FROM keys) + (SELECT count(*) FROM records) + (SELECT count(*) FROM dirty) AS written`;

/**
 * When some keys are known, first statement (its rows have distinct keys): new keys are added (a known key keeps its
 * stored
 * place for RELOCATE to compare), every record is upserted at its sent (province, received_at), and the units'
 * touched days are queued. Returns how many keys were new: when all were, the batch is done.
 */
const WRITE = `
WITH fresh AS (
  INSERT INTO dossier_keys (source, external_id, province_code, received_at, unit_id)
  SELECT source, external_id, province_code, received_at, unit_id FROM $staging
  ON CONFLICT (source, external_id) DO NOTHING
  RETURNING 1
),
records AS (
  INSERT INTO dossier_records (province_code, source, external_id, unit_id, procedure_code, received_at, channel, resolved_at,
    resolved_online, digitised, fee_required, paid_online)
  SELECT province_code, source, external_id, unit_id, procedure_code, received_at, channel, resolved_at,
    resolved_online, digitised, fee_required, paid_online FROM $staging
  ON CONFLICT (province_code, source, external_id, received_at) DO UPDATE SET
    unit_id = EXCLUDED.unit_id, procedure_code = EXCLUDED.procedure_code, channel = EXCLUDED.channel,
    resolved_at = EXCLUDED.resolved_at, resolved_online = EXCLUDED.resolved_online, digitised = EXCLUDED.digitised,
    fee_required = EXCLUDED.fee_required, paid_online = EXCLUDED.paid_online
  RETURNING 1
),
dirty AS (
  INSERT INTO dossier_dirty_ranges (unit_id, first_day, last_day)
  SELECT unit_id, min(day), max(day) FROM (SELECT unit_id, (received_at AT TIME ZONE 'UTC')::date AS day FROM $staging) touched GROUP BY unit_id
  RETURNING 1
)
SELECT (SELECT count(*) FROM fresh) AS fresh, (SELECT count(*) FROM records) + (SELECT count(*) FROM dirty) AS written`;

/**
 * Second statement, only when some keys were known: a record sent again with another receipt instant or province
 * has its old row deleted (WRITE inserted the new one), its key points to the new place, and its old unit-day is
 * queued too (the figures it left must be recounted).
 */
const RELOCATE = `
WITH old AS MATERIALIZED (
  SELECT k.source, k.external_id, k.province_code, k.received_at, k.unit_id,
    b.province_code AS new_province_code, b.received_at AS new_received_at, b.unit_id AS new_unit_id
  FROM dossier_keys k JOIN $staging b ON b.source = k.source AND b.external_id = k.external_id
  WHERE k.province_code <> b.province_code OR k.received_at <> b.received_at OR k.unit_id <> b.unit_id
  FOR UPDATE OF k
),
keys AS (
  UPDATE dossier_keys k SET province_code = o.new_province_code, received_at = o.new_received_at, unit_id = o.new_unit_id
  FROM old o WHERE k.source = o.source AND k.external_id = o.external_id
  RETURNING 1
),
moved AS (
  DELETE FROM dossier_records r USING old o
  WHERE (o.province_code <> o.new_province_code OR o.received_at <> o.new_received_at)
    AND r.province_code = o.province_code AND r.source = o.source AND r.external_id = o.external_id AND r.received_at = o.received_at
  RETURNING 1
),
dirty AS (
  INSERT INTO dossier_dirty_ranges (unit_id, first_day, last_day)
  SELECT unit_id, min(day), max(day) FROM (SELECT unit_id, (received_at AT TIME ZONE 'UTC')::date AS day FROM old) touched GROUP BY unit_id
  RETURNING 1
)
SELECT (SELECT count(*) FROM moved) AS moved, (SELECT count(*) FROM keys) + (SELECT count(*) FROM dirty) AS written`;

/** Streams rows as COPY text, 2.000 lines a chunk: PostgreSQL stores a chunk while Node writes the next. */
async function copyLines<T>(client: PoolClient, sql: string, rows: T[], line: (row: T) => string): Promise<void> {
  await pipeline(
    (function* () {
      for (let i = 0; i < rows.length; i += 2000) {
        let chunk = '';
        for (let j = i; j < Math.min(i + 2000, rows.length); j += 1) chunk += line(rows[j]);
        yield chunk;
      }
    })(),
    client.query(copyFrom(sql)),
  );
}

const RECORD_COLUMNS =
  'province_code, source, external_id, unit_id, procedure_code, received_at, channel, resolved_at, resolved_online, digitised, fee_required, paid_online';

function recordFields({ record, unitId, provinceCode }: StagedRow): string {
  return [
    escape(provinceCode),
    escape(record.source),
    escape(record.externalId),
    unitId,
    record.procedureCode === null ? '\\N' : escape(record.procedureCode),
    record.receivedAt.toISOString(),
    record.channel,
    record.resolvedAt ? record.resolvedAt.toISOString() : '\\N',
    record.resolvedOnline ? 't' : 'f',
    record.digitised ? 't' : 'f',
    record.feeRequired ? 't' : 'f',
    record.paidOnline ? 't' : 'f',
  ].join('\t');
}

function recordLine(row: StagedRow): string {
  return recordFields(row) + '\n';
}

function stagingLine(row: StagedRow): string {
  return `${row.line}\t${recordFields(row)}\n`;
}

function keyLine({ record, unitId, provinceCode }: StagedRow): string {
  return `${escape(record.source)}\t${escape(record.externalId)}\t${escape(provinceCode)}\t${record.receivedAt.toISOString()}\t${unitId}\n`;
}

/** The batch's touched (unit, first UTC day, last UTC day), counted here rather than by a query over staging. */
function dirtyRanges(rows: StagedRow[]): [string, string, string][] {
  const ranges = new Map<string, [string, string, string]>();
  for (const { unitId, record } of rows) {
    const day = record.receivedAt.toISOString().slice(0, 10);
    const range = ranges.get(unitId);
    if (!range) ranges.set(unitId, [unitId, day, day]);
    else if (day < range[1]) range[1] = day;
    else if (day > range[2]) range[2] = day;
  }
  return [...ranges.values()];
}

function escape(value: string): string {
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : value;
}

async function insertRows(client: PoolClient, staging: string, rows: StagedRow[]) {
  await client.query(
    `INSERT INTO ${staging} (${STAGING_COLUMNS})
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::timestamptz[], $8::text[],
       $9::timestamptz[], $10::boolean[], $11::boolean[], $12::boolean[], $13::boolean[])`,
    [
      rows.map((row) => row.line),
      rows.map((row) => row.provinceCode),
      rows.map((row) => row.record.source),
      rows.map((row) => row.record.externalId),
      rows.map((row) => row.unitId),
      rows.map((row) => row.record.procedureCode),
      rows.map((row) => row.record.receivedAt),
      rows.map((row) => row.record.channel),
      rows.map((row) => row.record.resolvedAt),
      rows.map((row) => row.record.resolvedOnline),
      rows.map((row) => row.record.digitised),
      rows.map((row) => row.record.feeRequired),
      rows.map((row) => row.record.paidOnline),
    ],
  );
}

interface Month {
  name: string;
  from: string;
  to: string;
}

/** The UTC months of the rows' receipt instants, as partitions named dossier_records_yYYYYmMM. */
function monthsOf(rows: StagedRow[]): Month[] {
  const keys = new Set<number>();
  for (const { record } of rows) keys.add(record.receivedAt.getUTCFullYear() * 12 + record.receivedAt.getUTCMonth());
  return [...keys].map((key) => {
    const year = Math.floor(key / 12);
    const month = (key % 12) + 1;
    const next = key + 1;
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      name: `dossier_records_y${year}m${pad(month)}`,
      from: `${year}-${pad(month)}-01 00:00:00+00`,
      to: `${Math.floor(next / 12)}-${pad((next % 12) + 1)}-01 00:00:00+00`,
    };
  });
}

export async function existingPartitions(client: PoolClient): Promise<Set<string>> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'dossier_records'::regclass`,
  );
  return new Set(rows.map((row) => row.name));
}

/**
 * Creates a month's partition, outside the batch's transaction. False when another import made it first, or when
 * the DEFAULT partition already holds rows of that month (they were written by another path): the month's rows
 * then keep going to DEFAULT, which is correct, only less pruned.
 */
async function createPartition(client: PoolClient, month: Month): Promise<boolean> {
  try {
    await client.query(
      `CREATE TABLE ${month.name} PARTITION OF dossier_records FOR VALUES FROM ('${month.from}') TO ('${month.to}')`,
    );
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === '42P07' || code === '23514') return false;
    throw error;
  }
}
