import 'reflect-metadata';
import { ConfigError, readConfig } from './foundation/config/config';
import { createLogger } from './foundation/config/logger';
import { openDatabase } from './app/database/database';
import { prepareData } from './app/prepare';
import { DEMO_PASSWORD, DEMO_USERS, isDatabaseEmpty } from './app/demo/demo-seed';
import { resolveSessionSecret } from './modules/settings/settings.service';
import { UserEntity } from './modules/users/user.entity';
import { createServer } from './app/server';
import { startBackgroundWork } from './app/background-work';
import { createMailer } from './foundation/mail/mailer';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './modules/webhooks';

async function main(): Promise<void> {
  let config;
  try {
    config = readConfig(process.env, process.cwd());
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`ThiĐua cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const database = await openDatabase(config, log);
  const { dataSource } = database;
  const wasEmpty = await isDatabaseEmpty(dataSource);
  await prepareData(dataSource, config, log);
  const sessionSecret = await resolveSessionSecret(dataSource, config.sessionSecret);
  const webhooks: WebhookSettings = {
    ...DEFAULT_WEBHOOK_SETTINGS,
    addresses: { allowedHosts: config.webhookAllowedHosts },
  };
  const background = await startBackgroundWork(
    dataSource,
    { work: config.runJobs, webhooks, mailer: createMailer(config.mail) },
    log,
  );
  const server = await createServer({
    dataSource,
    sessionSecret,
    log,
    webDir: config.webDir,
    rankingCacheSeconds: config.rankingCacheSeconds,
    publicUrl: config.publicUrl,
    trustProxy: config.trustProxy,
    publicEmbedOrigins: config.publicEmbedOrigins,
    rateBudget: config.rateBudget,
    webhooks: { settings: webhooks, jobs: background.jobs },
  });
  await new Promise<void>((resolve) => server.httpServer.listen(config.port, config.host, resolve));
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  log.info({ port, database: config.databaseUrl ? 'postgresql' : 'embedded' }, 'ThiĐua is listening');
  await printWelcome(`http://${shownHost}:${port}/`, wasEmpty, dataSource);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => {
      log.error('shutdown took longer than 15 s; exiting');
      process.exit(1);
    }, 15_000).unref();
    try {
      await server.stop();
      // The database is closed (its socket removed, its lock released) even if the jobs do not stop cleanly.
      await background
        .stop()
        .catch((error: unknown) => log.error({ err: error }, 'background jobs did not stop cleanly'));
      log.info('requests and jobs finished; closing the database');
      await database.close();
      clearTimeout(force);
      log.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

async function printWelcome(url: string, wasEmpty: boolean, dataSource: import('typeorm').DataSource): Promise<void> {
  const lines = [``, `  ThiĐua is running at ${url}`];
  const demoUsers = await dataSource
    .getRepository(UserEntity)
    .findBy(DEMO_USERS.map((user) => ({ email: user.email })));
  if (demoUsers.length) {
    lines.push(``, `  Demo logins (password "${DEMO_PASSWORD}")${wasEmpty ? ' — demo data loaded just now' : ''}:`);
    for (const user of DEMO_USERS) lines.push(`    ${user.role.padEnd(9)} ${user.email}`);
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`ThiĐua failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
