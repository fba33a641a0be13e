import { startTestApp, type TestApp } from '../../../test/harness';

const ME = `{ me { email name role unit { code } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token user { email role } userErrors { code field message } } }`;

describe('signing in and out', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('answers UNAUTHENTICATED without a token, for queries and mutations alike', async () => {
    const me = await app.gql(ME);
    expect(me.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(me.data?.me ?? null).toBeNull();
    const create = await app.gql(`mutation { createLevel(input: {key: "x", name: "X", depth: 4}) { level { id } } }`);
    expect(create.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs the demo reporter in, whatever the case of the email, and knows its unit', async () => {
    const result = await app.gql(LOGIN, { input: { email: ' BaoCao@CaMau.demo ', password: 'thidua-demo' } });
    expect(result.data?.login.userErrors).toEqual([]);
    expect(result.data?.login.user).toEqual({ email: 'baocao@camau.demo', role: 'REPORTER' });
    const me = await app.gql(ME, {}, result.data?.login.token);
    expect(me.data?.me).toEqual({
      email: 'baocao@camau.demo',
      name: 'Cán bộ báo cáo Huyện Đầm Dơi',
      role: 'REPORTER',
      unit: { code: '970' },
    });
  });

  it('refuses a wrong password or an unknown email with the same userError', async () => {
    for (const input of [
      { email: 'admin@camau.demo', password: 'wrong-password' },
      { email: 'nobody@camau.demo', password: 'thidua-demo' },
    ]) {
      const result = await app.gql(LOGIN, { input });
      expect(result.data?.login).toEqual({
        token: null,
        user: null,
        userErrors: [{ code: 'INVALID_CREDENTIALS', field: null, message: 'The email or the password is not right.' }],
      });
    }
  });

  it('refuses a forged token as if there were none', async () => {
    const token = await app.loginAs('admin@camau.demo');
    const forged = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    expect((await app.gql(ME, {}, forged)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('revokes the session on logout', async () => {
    const token = await app.loginAs('xem@camau.demo');
    expect((await app.gql(ME, {}, token)).data?.me.role).toBe('VIEWER');
    const out = await app.gql(`mutation { logout { ok userErrors { code } } }`, {}, token);
    expect(out.data?.logout).toEqual({ ok: true, userErrors: [] });
    expect((await app.gql(ME, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers FORBIDDEN to a viewer creating a unit, before looking at its input', async () => {
    const token = await app.loginAs('xem@camau.demo');
    const result = await app.gql(
      `mutation { createUnit(input: {code: "", name: "", levelKey: "nope"}) { unit { id } userErrors { code } } }`,
      {},
      token,
    );
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(result.data?.createUnit ?? null).toBeNull();
  });
});
