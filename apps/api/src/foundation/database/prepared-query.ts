import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';

/** What node-postgres' client offers (the driver TypeORM runs on, to PostgreSQL and to the embedded PGlite alike). */
interface PgClient {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs `text` as the named prepared statement `name` on the connection `manager` holds (its transaction), else on one
 * of the pool's: each connection parses it once, then only binds and executes it. For a statement sent on every
 * request whose text is long (the ranking's: parsing it is about a sixth of its time at a province's level).
 *
 * PostgreSQL still plans it per call while it chooses to (a custom plan, with the values known): a generic plan
 * would not know a level's size. `name` must stand for one text: node-postgres refuses another text under a name it
 * has prepared on that connection. Logged and failed as TypeORM's own queries are (its logger, QueryFailedError).
 *
 * Not on the embedded PGlite: its connections share one session, where node-postgres' note of what each connection
 * prepared does not hold (a second connection's statement "already exists"). There the statement is sent unnamed.
 */
export async function queryPrepared<T>(
  dataSource: DataSource,
  manager: EntityManager,
  { name, text, values }: { name: string; text: string; values: unknown[] },
): Promise<T[]> {
  const held = manager.queryRunner;
  const runner = held ?? dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PgClient;
    // Asked on the connection held: a pool whose every connection is held by a caller waiting here has none to lend.
    const statement = (await sessionPerConnection(dataSource, client)) ? { name, text, values } : { text, values };
    dataSource.logger.logQuery(text, values, runner);
    try {
      return (await client.query(statement)).rows as T[];
    } catch (error) {
      dataSource.logger.logQueryError(error as Error, text, values, runner);
      throw new QueryFailedError(text, values, error as Error);
    }
  } finally {
    if (!held) await runner.release();
  }
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
