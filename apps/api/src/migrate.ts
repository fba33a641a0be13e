import 'reflect-metadata';
import { ConfigError, readConfig } from './foundation/config/config';
import { createLogger } from './foundation/config/logger';
import { openDatabase } from './app/database/database';

/** `node migrate.js`: applies pending migrations and exits (docker-compose runs it before the app). */
async function migrate(): Promise<void> {
  const config = readConfig(process.env, process.cwd());
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config, log);
  await database.close();
  log.info('migrations are up to date');
}

migrate().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? 'ThiĐua cannot start' : 'Migration failed'}: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
