import net from 'node:net';
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
  /** The address people open (PUBLIC_URL); when it is https, every page asks the browser to load over https only. */
  publicUrl: string | null;
  /**
   * Proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (TRUST_PROXY): a number of hops or addresses,
   * subnets and express's names (loopback, linklocal, uniquelocal); false believes none.
   */
  trustProxy: number | string | false;
  /** Sites whose pages may show the public scoreboard in a frame (PUBLIC_EMBED_ORIGINS); none by default. */
  publicEmbedOrigins: string[];
  /**
   * Each user's and API token's rate budget in query-cost points (RATE_BUDGET, default 1.000.000; 0 turns budgets
   * off) and how fast it refills (RATE_BUDGET_PER_SECOND, default 20.000: two and a half rankings a second).
   */
  rateBudget: { capacity: number; perSecond: number } | null;
  /** Whether this server process runs the background jobs (RUN_JOBS, default true); false leaves them to workers. */
  runJobs: boolean;
  /** Hosts webhooks may be sent to (WEBHOOK_ALLOWED_HOSTS); empty: any host with public addresses only. */
  webhookAllowedHosts: string[];
  /** The SMTP server reminders are emailed through (SMTP_URL) and their sender (MAIL_FROM); null: in the app only. */
  mail: { smtpUrl: string | null; from: string };
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
    publicUrl: readPublicUrl(env.PUBLIC_URL),
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    publicEmbedOrigins: readEmbedOrigins(env.PUBLIC_EMBED_ORIGINS),
    rateBudget: readRateBudget(env.RATE_BUDGET, env.RATE_BUDGET_PER_SECOND),
    runJobs: readBoolean('RUN_JOBS', env.RUN_JOBS, true),
    webhookAllowedHosts: readHosts(env.WEBHOOK_ALLOWED_HOSTS),
    mail: readMail(env.SMTP_URL, env.MAIL_FROM),
  };
}

function readMail(smtpRaw: string | undefined, fromRaw: string | undefined): AppConfig['mail'] {
  const smtpUrl = nonEmpty(smtpRaw) ?? null;
  if (smtpUrl && !/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) {
    throw new ConfigError('SMTP_URL must look like smtp://user:password@host:587 or smtps://…:465');
  }
  const from = nonEmpty(fromRaw) ?? 'ThiĐua <no-reply@localhost>';
  if (!from.includes('@')) throw new ConfigError(`MAIL_FROM must hold an email address (got "${from}")`);
  return { smtpUrl, from };
}

function readBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  const value = nonEmpty(raw)?.toLowerCase();
  if (value === undefined) return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function readHosts(raw: string | undefined): string[] {
  const entries = (nonEmpty(raw) ?? '').split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    if (!/^(\*\.)?[a-z0-9.:-]+$/i.test(entry)) {
      throw new ConfigError(
        `WEBHOOK_ALLOWED_HOSTS must list host names or addresses such as hooks.camau.gov.vn, *.camau.gov.vn or ` +
          `10.0.0.5, separated by spaces or commas (got "${entry}")`,
      );
    }
  }
  return entries.map((entry) => entry.toLowerCase());
}

function readRateBudget(capacityRaw: string | undefined, perSecondRaw: string | undefined): AppConfig['rateBudget'] {
  const capacity = readWhole('RATE_BUDGET', capacityRaw, 1_000_000);
  const perSecond = readWhole('RATE_BUDGET_PER_SECOND', perSecondRaw, 20_000);
  if (capacity === 0) return null;
  if (capacity < 50_000) {
    throw new ConfigError(`RATE_BUDGET must be 0 (off) or at least 50000, the largest query's cost (got ${capacity})`);
  }
  if (perSecond === 0) throw new ConfigError('RATE_BUDGET_PER_SECOND must be above 0');
  return { capacity, perSecond };
}

function readWhole(name: string, raw: string | undefined, fallback: number): number {
  const value = nonEmpty(raw);
  if (value === undefined) return fallback;
  if (!/^\d{1,12}$/.test(value)) throw new ConfigError(`${name} must be a whole number (got "${value}")`);
  return Number(value);
}

function readPublicUrl(raw: string | undefined): string | null {
  const value = nonEmpty(raw);
  if (value === undefined) return null;
  if (!/^https?:\/\/[^/\s]+/i.test(value) || !URL.canParse(value)) {
    throw new ConfigError(`PUBLIC_URL must be an http:// or https:// address (got "${value}")`);
  }
  return value;
}

/** Origins (scheme, host and port only) separated by spaces or commas, e.g. "https://camau.gov.vn". */
function readEmbedOrigins(raw: string | undefined): string[] {
  const entries = (nonEmpty(raw) ?? '').split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const origin = URL.canParse(entry) ? new URL(entry).origin : null;
    if (!/^https?:/i.test(entry) || origin !== entry.replace(/\/$/, '').toLowerCase()) {
      throw new ConfigError(
        `PUBLIC_EMBED_ORIGINS must list origins such as https://camau.gov.vn, separated by spaces (got "${entry}")`,
      );
    }
  }
  return entries.map((entry) => new URL(entry).origin);
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Never "true": believing every sender would let any client choose its own address (and dodge the login limit). */
function readTrustProxy(raw: string | undefined): number | string | false {
  const value = nonEmpty(raw);
  if (value === undefined || value === '0' || value.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(value) && Number(value) <= 10) return Number(value);
  const entries = value.split(',').map((entry) => entry.trim());
  const valid = (entry: string) => {
    const [address, bits, ...rest] = entry.split('/');
    const family = net.isIP(address);
    if (rest.length || !family) return PROXY_NAMES.has(entry);
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  };
  if (!entries.every(valid)) {
    throw new ConfigError(
      `TRUST_PROXY must be a number of proxies (0 to 10) or a comma-separated list of addresses, subnets, loopback, ` +
        `linklocal or uniquelocal (got "${value}")`,
    );
  }
  return entries.join(', ');
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
