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

  it('gives each user and token a rate budget of 1.000.000 points refilled at 20.000 a second (0 turns it off)', () => {
    expect(readConfig({}, '/').rateBudget).toEqual({ capacity: 1_000_000, perSecond: 20_000 });
    expect(readConfig({ RATE_BUDGET: '0' }, '/').rateBudget).toBeNull();
    expect(readConfig({ RATE_BUDGET: '60000', RATE_BUDGET_PER_SECOND: '5' }, '/').rateBudget).toEqual({
      capacity: 60_000,
      perSecond: 5,
    });
  });

  it('believes no proxy and knows no public address unless told', () => {
    expect(readConfig({}, '/')).toMatchObject({ publicUrl: null, trustProxy: false });
    expect(readConfig({ TRUST_PROXY: '0' }, '/').trustProxy).toBe(false);
    expect(readConfig({ TRUST_PROXY: '1' }, '/').trustProxy).toBe(1);
    expect(readConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::1' }, '/').trustProxy).toBe(
      'loopback, 10.0.0.0/8, fd00::1',
    );
    expect(readConfig({ PUBLIC_URL: 'https://thidua.camau.gov.vn' }, '/').publicUrl).toBe(
      'https://thidua.camau.gov.vn',
    );
  });

  it('lets no other site frame the public scoreboard unless told which', () => {
    expect(readConfig({}, '/').publicEmbedOrigins).toEqual([]);
    expect(
      readConfig({ PUBLIC_EMBED_ORIGINS: 'https://camau.gov.vn, http://portal.test:8080/' }, '/').publicEmbedOrigins,
    ).toEqual(['https://camau.gov.vn', 'http://portal.test:8080']);
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
    [{ RATE_BUDGET: '-5' }, 'RATE_BUDGET must be a whole number'],
    [{ RATE_BUDGET: '1e9' }, 'RATE_BUDGET must be a whole number'],
    [{ RATE_BUDGET: '100' }, 'RATE_BUDGET must be 0 (off) or at least 50000'],
    [{ RATE_BUDGET_PER_SECOND: '0' }, 'RATE_BUDGET_PER_SECOND must be above 0'],
    [{ PUBLIC_URL: 'thidua.camau.gov.vn' }, 'PUBLIC_URL must be an http:// or https:// address'],
    [{ PUBLIC_URL: 'ftp://thidua.test' }, 'PUBLIC_URL must be an http:// or https:// address'],
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY must be a number of proxies'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, 'TRUST_PROXY must be a number of proxies'],
    [{ TRUST_PROXY: '11' }, 'TRUST_PROXY must be a number of proxies'],
    [{ PUBLIC_EMBED_ORIGINS: 'camau.gov.vn' }, 'PUBLIC_EMBED_ORIGINS must list origins'],
    [{ PUBLIC_EMBED_ORIGINS: 'https://camau.gov.vn/cong-khai' }, 'PUBLIC_EMBED_ORIGINS must list origins'],
    [{ PUBLIC_EMBED_ORIGINS: "https://a.vn 'unsafe-inline'" }, 'PUBLIC_EMBED_ORIGINS must list origins'],
  ])('refuses %j with a clear line', (env, message) => {
    expect(() => readConfig(env, '/')).toThrow(ConfigError);
    expect(() => readConfig(env, '/')).toThrow(message);
  });
});
