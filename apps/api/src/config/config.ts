import path from 'node:path';

/** demo: the Cà Mau demo with its eleven weeks of reports; demo-setup: the same without reports or reviews; none. */
export type SeedMode = 'demo' | 'demo-setup' | 'none';

export interface AppConfig {
  port: number;
  host: string;
  /** A real PostgreSQL server; when absent the embedded PGlite database under dataDir is used. */
  databaseUrl: string | null;
  dataDir: string;
  seed: SeedMode;
  admin: { email: string; password: string } | null;
  sessionSecret: string | null;
  /** Built web app served at `/`; absent in API-only deployments. */
  webDir: string | null;
  logLevel: string;
  /** Seconds an answer of a ranking-only query is served again to the same kind of viewer; 0 turns that off. */
  rankingCacheSeconds: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/** Reads the configuration from the environment; throws ConfigError with one line saying what is wrong. */
export function readConfig(env: Env, cwd: string): AppConfig {
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must start with postgres:// or postgresql:// (got "${databaseUrl}")`);
  }
  const seed = nonEmpty(env.SEED) ?? (databaseUrl ? 'none' : 'demo');
  if (seed !== 'demo' && seed !== 'demo-setup' && seed !== 'none') {
    throw new ConfigError(`SEED must be "demo", "demo-setup" or "none" (got "${seed}")`);
  }
  const adminEmail = nonEmpty(env.ADMIN_EMAIL);
  const adminPassword = nonEmpty(env.ADMIN_PASSWORD);
  if (Boolean(adminEmail) !== Boolean(adminPassword)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (adminEmail && !adminEmail.includes('@')) {
    throw new ConfigError(`ADMIN_EMAIL must be an email address (got "${adminEmail}")`);
  }
  if (adminPassword && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD must be at least 8 characters long');
  }
  const sessionSecret = nonEmpty(env.SESSION_SECRET);
  if (sessionSecret && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be at least 32 characters long');
  }
  const webDir = nonEmpty(env.WEB_DIR);
  return {
    port: readPort(env.PORT),
    host: nonEmpty(env.HOST) ?? '0.0.0.0',
    databaseUrl: databaseUrl ?? null,
    dataDir: path.resolve(cwd, nonEmpty(env.DATA_DIR) ?? '.data'),
    seed,
    admin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : null,
    sessionSecret: sessionSecret ?? null,
    webDir: webDir === 'none' ? null : path.resolve(cwd, webDir ?? 'dist/apps/web'),
    logLevel: nonEmpty(env.LOG_LEVEL) ?? 'info',
    rankingCacheSeconds: readRankingCacheSeconds(env.RANKING_CACHE_SECONDS),
  };
}

function readRankingCacheSeconds(raw: string | undefined): number {
  const value = nonEmpty(raw);
  if (value === undefined) return 2;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 3600) {
    throw new ConfigError(`RANKING_CACHE_SECONDS must be a number of seconds from 0 to 3600 (got "${value}")`);
  }
  return seconds;
}

function readPort(raw: string | undefined): number {
  const value = nonEmpty(raw);
  if (value === undefined) return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535 (got "${value}")`);
  }
  return port;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
