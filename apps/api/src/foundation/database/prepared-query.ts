import { QueryFailedError, type DataSource } from 'typeorm';

/** What node-postgres' client offers (the driver TypeORM runs on, to PostgreSQL and to the embedded PGlite alike). */
interface PgClient {
  query(config: { text: string; values: readonly unknown[] }): Promise<PgResult>;
  /** A query without values goes by the simple protocol, and may hold several statements: a result for each. */
  query(text: string): Promise<PgResult | PgResult[]>;
  escapeLiteral(text: string): string;
}

interface PgResult {
  rows: unknown[];
}

/** A value a generic statement takes: written into its EXECUTE as a literal of its declared type. */
export type SqlValue = string | number | boolean | Date | null | readonly (string | number | boolean | Date)[];

export interface PreparedStatement {
  /** The name it is prepared under on each connection: one text (and types) per name. */
  name: string;
  /** The types of its parameters $1, $2, … as PREPARE declares them (e.g. `uuid`, `int`, `timestamptz[]`). */
  types: readonly string[];
  text: string;
  values: readonly SqlValue[];
  /**
   * `generic`: one plan for every call, made once per connection — for a statement whose planning costs as much as
   * its run, written so that one plan fits every value; `custom`: planned for each call's values.
   */
  plan: 'generic' | 'custom';
}

/**
 * Runs `statement` prepared once per connection, planned as `plan` says, and with JIT compilation off: for a statement
 * sent on every request whose text is long — the ranking's, at a province's level planned in ≈ 0,7–1 ms and run in
 * ≈ 1 ms (tools/bench/RESULTS.md) — and whose estimated cost can pass `jit_above_cost` where compiling would cost more
 * than the run.
 *
 * On a PostgreSQL server, one round trip by the simple protocol: `PREPARE` the first time on a connection, then
 * `SET LOCAL plan_cache_mode = force_generic_plan` (or `force_custom_plan`), `SET LOCAL jit = off` and
 * `EXECUTE name(values)` — the settings last until the round trip's implicit transaction ends, so no other statement of
 * the connection sees them. The values are written as literals of the declared types (sqlLiteral); PostgreSQL checks
 * them against those types.
 *
 * On the embedded PGlite (its connections share one session, which node-postgres' note of what each connection
 * prepared does not fit; it has no JIT) the statement is sent unnamed with its values, planned per call, and without
 * `types`: its text casts its parameters where their types are not plain from their use. Logged and failed as
 * TypeORM's own queries are (its logger, QueryFailedError). Never inside a caller's transaction.
 */
export async function queryPrepared<T>(dataSource: DataSource, statement: PreparedStatement): Promise<T[]> {
  const { name, text, values } = statement;
  const runner = dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PgClient;
    const prepared = (await sessionPerConnection(dataSource, client)) ? preparedOn(client) : null;
    const sql = prepared
      ? preparedRoundTrip(statement, !prepared.has(name), (literal) => client.escapeLiteral(literal))
      : null;
    // Values a server's literals refuse (see sqlLiteral) are refused on PGlite too, where they go as they are.
    if (!sql) for (const value of values) sqlLiteral(value, String);
    dataSource.logger.logQuery(sql ?? text, sql ? [] : [...values], runner);
    try {
      if (!prepared || !sql) return (await client.query({ text, values })).rows as T[]; // PGlite
      const results = await client.query(sql);
      prepared.add(name);
      return (Array.isArray(results) ? (results.at(-1) as PgResult) : results).rows as T[];
    } catch (error) {
      // A PREPARE outlives the failure of what followed it in the round trip: asked, so as not to send it twice.
      if (prepared && !prepared.has(name)) await notePrepared(client, prepared, name);
      dataSource.logger.logQueryError(error as Error, sql ?? text, [...values], runner);
      throw new QueryFailedError(sql ?? text, [...values], error as Error);
    }
  } finally {
    await runner.release();
  }
}

/**
 * The round trip queryPrepared sends on a server: `prepare` — the connection has not prepared it yet; `escape` quotes a
 * string as a literal (node-postgres' escapeLiteral). `explain`: EXPLAIN's options, for the plan of the EXECUTE instead
 * of its rows (tests and benches: the plan the statement runs with, JIT off).
 */
export function preparedRoundTrip(
  { name, types, text, values, plan }: PreparedStatement,
  prepare: boolean,
  escape: (text: string) => string,
  explain = '',
): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`a statement name of letters, digits and _: ${name}`);
  if (types.length !== values.length) throw new Error(`${name}: ${types.length} types for ${values.length} values`);
  const literals = values.map((value) => sqlLiteral(value, escape));
  return [
    ...(prepare ? [`PREPARE ${name} (${types.join(', ')}) AS ${text}`] : []),
    `SET LOCAL plan_cache_mode = force_${plan}_plan`,
    'SET LOCAL jit = off',
    `${explain ? `EXPLAIN ${explain} ` : ''}EXECUTE ${name} (${literals.join(', ')})`,
  ].join(';\n');
}

/**
 * A value as an SQL literal: NULL, a finite number, true or false, a quoted string (by `escape`), a date as its ISO
 * instant, an array as a quoted array literal of quoted elements. A string holding a NUL character (which no text
 * of PostgreSQL can hold) and numbers that are not finite are refused.
 */
export function sqlLiteral(value: SqlValue, escape: (text: string) => string): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return escape(value.toISOString());
  if (typeof value === 'string') return escape(checkedText(value));
  return escape(`{${value.map(arrayElement).join(',')}}`);
}

function arrayElement(element: string | number | boolean | Date): string {
  if (typeof element === 'number' || typeof element === 'boolean') return sqlLiteral(element, String);
  const text = element instanceof Date ? element.toISOString() : checkedText(element);
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

function checkedText(text: string): string {
  if (text.includes('\0')) throw new RangeError('a text holding a NUL character');
  return text;
}

/** The names each server connection has prepared (by PREPARE; node-postgres' own named statements are apart). */
const preparedByClient = new WeakMap<PgClient, Set<string>>();

function preparedOn(client: PgClient): Set<string> {
  let names = preparedByClient.get(client);
  if (!names) preparedByClient.set(client, (names = new Set()));
  return names;
}

async function notePrepared(client: PgClient, prepared: Set<string>, name: string): Promise<void> {
  const { rows } = await client
    .query({ text: 'SELECT 1 FROM pg_prepared_statements WHERE name = $1', values: [name] })
    .catch(() => ({ rows: [] }));
  if (rows.length) prepared.add(name);
}

/**
 * Whether each of the data source's connections is a session of its own (a PostgreSQL server) rather than one session
 * shared by all (PGlite), asked once per data source; a failed question answers no for that call only.
 */
function sessionPerConnection(dataSource: DataSource, client: PgClient): Promise<boolean> {
  let known = sessionsByDataSource.get(dataSource);
  if (!known) {
    known = client
      .query({ text: `SELECT version() NOT LIKE '%PGlite%' AS own`, values: [] })
      .then(({ rows }) => (rows as { own: boolean }[])[0]?.own === true)
      .catch(() => {
        sessionsByDataSource.delete(dataSource);
        return false;
      });
    sessionsByDataSource.set(dataSource, known);
  }
  return known;
}

const sessionsByDataSource = new WeakMap<DataSource, Promise<boolean>>();
