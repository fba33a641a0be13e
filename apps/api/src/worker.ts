import 'reflect-metadata';
import { ConfigError, readConfig } from './foundation/config/config';
import { createLogger } from './foundation/config/logger';
import { openDatabase } from './app/database/database';
import { startBackgroundWork } from './app/background-work';
import { createMailer } from './foundation/mail/mailer';
import { DEFAULT_WEBHOOK_SETTINGS } from './modules/webhooks';

/**
 * `npm run worker`: runs the background jobs (webhook deliveries, the outbox's dispatch) beside API servers started
 * with RUN_JOBS=false, on the same PostgreSQL. Several workers may run at once; none runs a job another has taken.
 */
async function main(): Promise<void> {
  const config = readConfig(process.env, process.cwd());
  if (!config.databaseUrl) {
    throw new ConfigError(
      'a separate worker needs DATABASE_URL: on the embedded database the server runs the jobs itself',
    );
  }
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config, log);
  const background = await startBackgroundWork(
    database.dataSource,
    {
      work: true,
      webhooks: { ...DEFAULT_WEBHOOK_SETTINGS, addresses: { allowedHosts: config.webhookAllowedHosts } },
      mailer: createMailer(config.mail),
    },
    log,
  );
  log.info('ThiĐua worker is running jobs');
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'worker stopping: finishing jobs in flight');
    await background.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`ThiĐua worker cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
