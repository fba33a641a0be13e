import { startTestApp, type TestApp } from '../../../test/harness';

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email role disabled unit { code } } userErrors { code field message } } }`;
const UPDATE = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { role disabled unit { code } } userErrors { code field } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token userErrors { code message } } }`;

describe('users, sessions and the audit log', () => {
  let app: TestApp;
  let admin: string;
  const unitId = async (code: string) =>
    (await app.dataSource.query('SELECT id FROM units WHERE code = $1', [code]))[0].id as string;
  const codesOf = (result: { data?: Record<string, any> }, key: string) =>
    result.data?.[key].userErrors.map(
      (e: { code: string; field: string[] | null }) => `${e.code}@${e.field?.join('.')}`,
    );

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
  });
  afterAll(() => app.close());

  it('creates a reporter for a commune, who can then sign in', async () => {
    const input = {
      email: 'Xa.Tan.Thanh@CaMau.gov.vn',
      name: 'Cán bộ xã',
      password: 'mat-khau-2023',
      role: 'REPORTER',
      unitId: await unitId('32002'),
    };
    const result = await app.gql(CREATE, { input }, admin);
    expect(result.data?.createUser).toMatchObject({
      userErrors: [],
      user: { email: 'xa.tan.thanh@camau.gov.vn', role: 'REPORTER', disabled: false, unit: { code: '32002' } },
    });
    expect(await app.loginAs('xa.tan.thanh@camau.gov.vn', 'mat-khau-2023')).toBeTruthy();
  });

  it.each([
    [{ email: 'x@camau.gov.vn', password: 'short1' }, 'WEAK_PASSWORD@input.password'],
    [{ email: 'x@camau.gov.vn', password: 'onlyletterslong' }, 'WEAK_PASSWORD@input.password'],
    [{ email: 'not-an-email' }, 'INVALID_EMAIL@input.email'],
    [{ email: 'admin@camau.demo' }, 'DUPLICATE_EMAIL@input.email'],
    [{ email: 'y@camau.gov.vn', role: 'REPORTER', unitId: null }, 'UNIT_REQUIRED@input.unitId'],
  ])('refuses %j', async (change, expected) => {
    const input = { name: 'Z', password: 'mat-khau-2023', role: 'VIEWER', ...change };
    expect(codesOf(await app.gql(CREATE, { input }, admin), 'createUser')).toEqual([expected]);
  });

  it('disables a user, which ends the sessions at once, and refuses disabling oneself', async () => {
    const viewer = await app.loginAs('xem@camau.demo');
    const id = (await app.dataSource.query(`SELECT id FROM users WHERE email = 'xem@camau.demo'`))[0].id;
    expect((await app.gql(UPDATE, { input: { id, disabled: true } }, admin)).data?.updateUser.user.disabled).toBe(true);
    expect((await app.gql('{ me { email } }', {}, viewer)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const refused = await app.gql(LOGIN, { input: { email: 'xem@camau.demo', password: 'thidua-demo' } });
    expect(refused.data?.login.userErrors[0].code).toBe('USER_DISABLED');
    await app.gql(UPDATE, { input: { id, disabled: false } }, admin);
    const adminId = (await app.dataSource.query(`SELECT id FROM users WHERE email = 'admin@camau.demo'`))[0].id;
    expect(codesOf(await app.gql(UPDATE, { input: { id: adminId, disabled: true } }, admin), 'updateUser')).toEqual([
      'SELF_LOCKOUT@input.id',
    ]);
  });

  it('slows down repeated failed sign-ins for an account', async () => {
    const attempt = () => app.gql(LOGIN, { input: { email: 'hoidong@camau.demo', password: 'wrong-password-1' } });
    for (let i = 0; i < 5; i++) expect((await attempt()).data?.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const throttled = await attempt();
    expect(throttled.data?.login.userErrors[0]).toMatchObject({
      code: 'LOGIN_THROTTLED',
      message: expect.stringMatching(/try again in \d+ seconds/),
    });
  });

  it('shows admins the audit log: who did what, with old and new values', async () => {
    // Its own user, created, disabled and enabled again here: three entries, the last one the re-enabling.
    const created = await app.gql(
      CREATE,
      { input: { email: 'nhat.ky@camau.gov.vn', name: 'Nhật ký', password: 'mat-khau-2023', role: 'VIEWER' } },
      admin,
    );
    expect(created.data?.createUser.userErrors).toEqual([]);
    const id = created.data?.createUser.user.id;
    for (const disabled of [true, false])
      expect(codesOf(await app.gql(UPDATE, { input: { id, disabled } }, admin), 'updateUser')).toEqual([]);
    const result = await app.gql(
      `{ auditEntries(first: 5, entityType: "User") { totalCount edges { node { action actor { email } before after } } } }`,
      {},
      admin,
    );
    const entries = result.data?.auditEntries;
    expect(entries.totalCount).toBeGreaterThanOrEqual(3);
    expect(entries.edges[0].node).toMatchObject({
      action: 'updateUser',
      actor: { email: 'admin@camau.demo' },
      before: { disabled: true },
      after: { disabled: false },
    });
    const viewer = await app.loginAs('baocao@camau.demo');
    expect((await app.gql(`{ auditEntries(first: 1) { totalCount } }`, {}, viewer)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
