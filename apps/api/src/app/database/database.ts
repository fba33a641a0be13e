import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../foundation/config/config';
import type { Logger } from '../../foundation/config/logger';
import { createDataSource, EMBEDDED_POOL_SIZE } from './data-source';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../foundation/database/embedded-postgres';
import { changesOf } from '../../foundation/realtime/changes';
import { relayThroughPostgres, type ChangesRelay } from '../../foundation/realtime/postgres-relay';
import { TableUpkeep } from '../../foundation/database/table-upkeep';

export interface Database {
  dataSource: DataSource;
  embedded: EmbeddedPostgres | null;
  close(): Promise<void>;
}

/**
 * Connects to DATABASE_URL, or starts the embedded database under DATA_DIR; then runs pending migrations. The
 * embedded database, which runs no autovacuum, has its tables vacuumed and analyzed as autovacuum would (TableUpkeep).
 * On PostgreSQL the changes this process commits (reports written) are relayed to the other processes of the database
 * and theirs to this one (LISTEN/NOTIFY, see postgres-relay.ts): a server, a command-line import, `npm run ingest`.
 */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>, log: Logger): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, maxConnections: EMBEDDED_POOL_SIZE + 2 });
  if (embedded) {
    log.info({ dataDir: embedded.dataDir, socket: embedded.socketPath }, 'embedded PostgreSQL (PGlite) started');
  }
  const dataSource = config.databaseUrl
    ? createDataSource(config.databaseUrl)
    : createDataSource((embedded as EmbeddedPostgres).url, EMBEDDED_POOL_SIZE);
  let relay: ChangesRelay | null = null;
  const upkeep = embedded ? new TableUpkeep(dataSource, log) : null;
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) log.info({ migration: migration.name }, 'migration applied');
    relay = config.databaseUrl ? await relayThroughPostgres(changesOf(dataSource), config.databaseUrl, log) : null;
    upkeep?.start();
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded,
    async close() {
      try {
        await relay?.close();
        await upkeep?.stop();
        await dataSource.destroy();
      } finally {
        await embedded?.stop(); // its socket removed and its lock released whatever became of the pool
      }
    },
  };
}
