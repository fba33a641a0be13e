import { ConfigError, readConfig } from './config';

describe('configuration from the environment', () => {
  it('defaults to port 4000, the embedded database under ./.data and the demo seed', () => {
    const config = readConfig({}, '/srv/thidua');
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: null,
      dataDir: '/srv/thidua/.data',
      seed: 'demo',
      admin: null,
    });
  });

  it('keeps ranking answers 2 seconds unless told otherwise (0 turns it off)', () => {
    expect(readConfig({}, '/').rankingCacheSeconds).toBe(2);
    expect(readConfig({ RANKING_CACHE_SECONDS: '0' }, '/').rankingCacheSeconds).toBe(0);
    expect(readConfig({ RANKING_CACHE_SECONDS: '0.5' }, '/').rankingCacheSeconds).toBe(0.5);
  });

  it('defaults the seed to none on a PostgreSQL server', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://u@h/db' }, '/').seed).toBe('none');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number'],
    [{ PORT: '70000' }, 'PORT must be a whole number'],
    [{ SEED: 'all' }, 'SEED must be "demo", "demo-setup" or "none"'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with postgres://'],
    [{ ADMIN_EMAIL: 'a@b.vn' }, 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together'],
    [{ ADMIN_EMAIL: 'ab', ADMIN_PASSWORD: 'long enough' }, 'ADMIN_EMAIL must be an email address'],
    [{ ADMIN_EMAIL: 'a@b.vn', ADMIN_PASSWORD: 'short' }, 'ADMIN_PASSWORD must be at least 8'],
    [{ SESSION_SECRET: 'tiny' }, 'SESSION_SECRET must be at least 32'],
    [{ RANKING_CACHE_SECONDS: '-1' }, 'RANKING_CACHE_SECONDS must be a number of seconds from 0 to 3600'],
    [{ RANKING_CACHE_SECONDS: 'soon' }, 'RANKING_CACHE_SECONDS must be a number of seconds from 0 to 3600'],
  ])('refuses %j with a clear line', (env, message) => {
    expect(() => readConfig(env, '/')).toThrow(ConfigError);
    expect(() => readConfig(env, '/')).toThrow(message);
  });
});
