import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export const POOL_SIZE = 5;

/** The one way the app, the tools and the tests reach the database. `synchronize` stays off: migrations only. */
export function createDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: { max: POOL_SIZE, connectionTimeoutMillis: 10_000 },
  });
}
