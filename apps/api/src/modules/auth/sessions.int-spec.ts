import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../../test/harness';

const ME = `{ me { email } }`;
const LOGOUT = `mutation($input: LogoutInput) { logout(input: $input) { ok sessionsEnded userErrors { code } } }`;
const SIGN_OUT = `mutation($input: SignOutUserInput!) {
  signOutUser(input: $input) { user { email } sessionsEnded userErrors { code field message } }
}`;

describe('ending sessions: sign out everywhere, and an admin signing a user out', () => {
  let app: TestApp;
  let admin: string;
  const userId = async (email: string) =>
    (await app.dataSource.query('SELECT id FROM users WHERE email = $1', [email]))[0].id as string;
  const signedIn = async (token: string) => (await app.gql(ME, {}, token)).data?.me?.email ?? null;
  const sessionsOf = (email: string, count: number) =>
    Promise.all(Array.from({ length: count }, () => app.loginAs(email)));
  const auditCount = async (action: string, entityId: string) =>
    (
      await app.dataSource.query('SELECT count(*)::int AS n FROM audit_entries WHERE action = $1 AND entity_id = $2', [
        action,
        entityId,
      ])
    )[0].n as number;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
  });
  afterAll(() => app.close());

  it('ends every session of the user who signs out everywhere, and only theirs', async () => {
    const xem = await userId('xem@camau.demo');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 4 }), fc.nat(3), async (devices, usedIndex) => {
        const tokens = await sessionsOf('xem@camau.demo', devices);
        const bystander = await app.loginAs('baocao@camau.demo');
        const audited = await auditCount('logoutEverywhere', xem);
        const out = await app.gql(LOGOUT, { input: { everywhere: true } }, tokens[usedIndex % devices]);
        expect(out.data?.logout).toEqual({ ok: true, sessionsEnded: devices, userErrors: [] });
        for (const token of tokens) expect(await signedIn(token)).toBeNull();
        expect(await signedIn(bystander)).toBe('baocao@camau.demo');
        expect(await auditCount('logoutEverywhere', xem)).toBe(audited + 1);
      }),
      { numRuns: 5 },
    );
  });

  it('still ends only the session used when logout is called as before', async () => {
    // Its own user: the sessions it leaves open must not add to another test's count of sessions ended.
    const email = 'mot.phien@camau.gov.vn';
    const password = 'mat-khau-2024';
    const created = await app.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { userErrors { code } } }`,
      { input: { email, name: 'Một phiên', password, role: 'VIEWER' } },
      admin,
    );
    expect(created.data?.createUser.userErrors).toEqual([]);
    const [phone, laptop] = [await app.loginAs(email, password), await app.loginAs(email, password)];
    for (const input of [undefined, { everywhere: false }]) {
      const used = await app.loginAs(email, password);
      expect((await app.gql(LOGOUT, input ? { input } : {}, used)).data?.logout.sessionsEnded).toBe(1);
      expect(await signedIn(used)).toBeNull();
    }
    expect([await signedIn(phone), await signedIn(laptop)]).toEqual([email, email]);
  });

  it("lets an admin end every session of a user, audited, and says NOT_FOUND for a user that isn't", async () => {
    const board = await userId('hoidong@camau.demo');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 3 }), async (devices) => {
        const tokens = await sessionsOf('hoidong@camau.demo', devices);
        const audited = await auditCount('signOutUser', board);
        const result = await app.gql(SIGN_OUT, { input: { userId: board } }, admin);
        expect(result.data?.signOutUser).toEqual({
          user: { email: 'hoidong@camau.demo' },
          sessionsEnded: devices,
          userErrors: [],
        });
        for (const token of tokens) expect(await signedIn(token)).toBeNull();
        expect(await auditCount('signOutUser', board)).toBe(audited + 1);
        expect(await signedIn(admin)).toBe('admin@camau.demo');
      }),
      { numRuns: 4 },
    );
    for (const id of ['not-an-id', '00000000-0000-4000-8000-000000000000']) {
      const before = await app.dataSource.query('SELECT count(*)::int AS n FROM audit_entries');
      const result = await app.gql(SIGN_OUT, { input: { userId: id } }, admin);
      expect(result.data?.signOutUser).toEqual({
        user: null,
        sessionsEnded: 0,
        // A malformed id may be refused at the edge, in its own words.
        userErrors: [{ code: 'NOT_FOUND', field: ['input', 'userId'], message: expect.any(String) }],
      });
      expect(await app.dataSource.query('SELECT count(*)::int AS n FROM audit_entries')).toEqual(before);
    }
  });

  it('refuses signOutUser to anyone but an admin, before looking at the input', async () => {
    const reporter = await app.loginAs('baocao@camau.demo');
    const result = await app.gql(SIGN_OUT, { input: { userId: await userId('admin@camau.demo') } }, reporter);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await signedIn(admin)).toBe('admin@camau.demo');
  });
});
