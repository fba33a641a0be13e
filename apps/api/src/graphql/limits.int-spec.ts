import { startTestApp, type TestApp } from '../../test/harness';

describe('limits for other apps', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.loginAs('xem@camau.demo');
  });
  afterAll(() => app.close());

  it('refuses an over-deep query in milliseconds, saying which limit it hit', async () => {
    const deep = `{ units(first: 1) { edges { node { ${'parent { '.repeat(14)}id${' }'.repeat(14)} } } } }`;
    const started = Date.now();
    const result = await app.gql(deep, {}, token);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.errors?.[0].message).toMatch(/depth/i);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: levels { key }`).join(' ');
    const result = await app.gql(`{ ${aliases} }`, {}, token);
    expect(result.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses a batch of operations', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ levels { key } }' }, { query: '{ levels { key } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('describes the schema to signed-in callers only', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await app.gql(query)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(query, {}, token)).data?.__schema.queryType.name).toBe('Query');
  });

  it('refuses a GET mutation-free request without a CSRF-safe header, and sends security headers', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ levels { key } }')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(400);
    const ok = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ levels { key } }')}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
