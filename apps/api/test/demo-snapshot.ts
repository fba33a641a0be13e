import type { DataSource } from 'typeorm';
import { loadDemo, type DemoContent } from '../src/app/demo/demo-seed';

/**
 * The whole demo (eleven weeks of reports and reviews) takes seconds to load through the app's own writers, and a
 * dozen suites start on it; most others start on its set-up (units, users, the campaign). Each is loaded that way
 * once per test run; its rows are then kept in a schema of their own (`demo_snapshot_full`, `demo_snapshot_setup`,
 * beside `public`, which every suite drops and migrates again) and copied back into each later suite's freshly
 * migrated tables. The integration database lives for one run (globalSetup makes it), so the
 * snapshot is always of this run's migrations and demo code.
 */
const snapshotOf = (content: DemoContent) => `demo_snapshot_${content}`;

export async function loadDemoForTest(dataSource: DataSource, content: DemoContent): Promise<void> {
  const snapshot = snapshotOf(content);
  if (await snapshotExists(dataSource, snapshot)) return restoreSnapshot(dataSource, snapshot);
  await loadDemo(dataSource, content);
  await takeSnapshot(dataSource, snapshot);
}

interface TableColumns {
  table: string;
  columns: string[];
}

async function snapshotExists(dataSource: DataSource, snapshot: string): Promise<boolean> {
  const [row] = await dataSource.query(`SELECT to_regnamespace($1) IS NOT NULL AS present`, [snapshot]);
  return row.present === true;
}

/** The public tables' names and written columns (not generated ones), but the migrations' own table. */
async function tablesOf(dataSource: DataSource): Promise<TableColumns[]> {
  const rows: { table: string; columns: string[] }[] = await dataSource.query(
    `SELECT c.table_name AS table, array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
     FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.is_generated = 'NEVER'
       AND c.table_name <> 'migrations'
     GROUP BY c.table_name ORDER BY c.table_name`,
  );
  return rows;
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function takeSnapshot(dataSource: DataSource, snapshot: string): Promise<void> {
  const tables = await tablesOf(dataSource);
  await dataSource.transaction(async (manager) => {
    await manager.query(`CREATE SCHEMA ${snapshot}`);
    for (const { table, columns } of tables) {
      await manager.query(
        `CREATE TABLE ${snapshot}.${quoted(table)} AS SELECT ${columns.map(quoted).join(', ')} FROM public.${quoted(table)}`,
      );
    }
  });
}

/**
 * Copies every kept row back in one transaction, the foreign keys' triggers off (the rows are consistent: they were
 * read from a database that checked them), then moves each sequence past the ids copied.
 */
async function restoreSnapshot(dataSource: DataSource, snapshot: string): Promise<void> {
  const tables = await tablesOf(dataSource);
  await dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL session_replication_role = replica');
    for (const { table, columns } of tables) {
      const list = columns.map(quoted).join(', ');
      await manager.query(
        `INSERT INTO public.${quoted(table)} (${list}) OVERRIDING SYSTEM VALUE
         SELECT ${list} FROM ${snapshot}.${quoted(table)}`,
      );
    }
    const sequences: { table: string; column: string; sequence: string }[] = await manager.query(
      `SELECT c.table_name AS table, c.column_name AS column,
              pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS sequence
       FROM information_schema.columns c
       WHERE c.table_schema = 'public'
         AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL`,
    );
    for (const { table, column, sequence } of sequences) {
      await manager.query(
        `SELECT setval($1, coalesce((SELECT max(${quoted(column)}) FROM public.${quoted(table)}), 0) + 1, false)`,
        [sequence],
      );
    }
  });
}
