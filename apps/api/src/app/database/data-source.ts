import { DataSource, type Logger } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export const POOL_SIZE = 5;

/**
 * PGlite runs one query at a time, and pglite-socket interleaves the messages of concurrent extended-protocol
 * queries from different connections (seen as hung requests under 50 concurrent writes), so the embedded
 * database gets a pool of one connection: requests then queue in the pool instead.
 */
export const EMBEDDED_POOL_SIZE = 1;

/** The one way the app, the tools and the tests reach the database. `synchronize` stays off: migrations only. */
export function createDataSource(url: string, poolSize = POOL_SIZE, logger?: Logger): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: logger ? ['query'] : false,
    logger,
    extra: { max: poolSize, connectionTimeoutMillis: 30_000 },
  });
}
