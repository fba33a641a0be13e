import { startTestApp, type TestApp } from '../../../test/harness';

/** The plain HTTP routes answer their refusals as GraphQL answers its errors, with the status of each. */
describe('the errors of the plain HTTP routes', () => {
  let app: TestApp;
  let admin: string;
  let viewer: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    viewer = await app.loginAs('xem@camau.demo');
  });
  afterAll(() => app.close());

  const get = (path: string, token: string | null) =>
    fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const refusal = (code: string) => ({ errors: [{ message: expect.any(String), extensions: { code } }] });

  it.each([
    ['no caller', '/exports/ranking.csv?levelKey=district', null, 401, 'UNAUTHENTICATED'],
    [
      'an argument outside the contract',
      '/exports/ranking.csv?campaignId=nope&levelKey=district',
      'admin',
      400,
      'BAD_USER_INPUT',
    ],
    ['no such review', '/exports/decision-list.xlsx?reviewId=x', 'admin', 404, 'NOT_FOUND'],
    ['no such campaign', '/exports/report-status.csv?campaignId=x&period=1', 'admin', 404, 'NOT_FOUND'],
  ])('%s: %s answers %s', async (_what, path, who, status, code) => {
    const response = await get(path, who === 'admin' ? admin : null);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual(refusal(code as string));
  });

  it.each([
    ['a NUL in a protected route', '/exports/ranking.csv?campaignId=x&levelKey=district&targetSetKey=a%00b', 'admin'],
    ['a NUL in an open route', '/public/scoreboards/nope?level=a%00', null],
  ])('refuses %s before its handler runs: 400 NUL_CHARACTER', async (_what, path, who) => {
    const response = await get(path, who === 'admin' ? admin : null);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'BAD_USER_INPUT', reason: 'NUL_CHARACTER' } }],
    });
  });

  it('answers a caller its role does not admit 403', async () => {
    const response = await fetch(`${app.url}/imports/dossiers?format=csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${viewer}`, 'content-type': 'text/csv' },
      body: 'x',
    });
    expect(response.status).toBe(403);
    // The dossier upload also keeps its former top-level `error` and `message` (deprecated).
    expect(await response.json()).toEqual({ ...refusal('FORBIDDEN'), error: 'FORBIDDEN', message: expect.any(String) });
  });
});
