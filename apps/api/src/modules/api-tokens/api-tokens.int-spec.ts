import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../../test/harness';
import { ApiTokensService } from './api-tokens.service';

const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name scopes lastUsedAt revokedAt expiresAt } userErrors { code field message } } }`;
const UNITS = `{ units(first: 1) { totalCount } }`;
const RANKING = `query($c: ID!) { ranking(campaignId: $c, levelKey: "district", asOfPeriod: 1) { cohortSize rows { unit { code name } indicators { indicator { code } } } } }`;

describe('API tokens for other apps', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  const tokenWith = async (scopes: string[]) =>
    (await app.gql(CREATE, { input: { name: `App ${scopes.join('+')}`, scopes } }, admin)).data?.createApiToken;

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
  });
  afterAll(() => app.close());

  it('shows the secret once, stores only its hash, and lets a read:rankings token read a ranking with its units', async () => {
    const created = await tokenWith(['read:rankings']);
    expect(created.token).toMatch(/^thidua_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
    const stored = await app.dataSource.query('SELECT secret_hash FROM api_tokens WHERE id = $1', [
      created.apiToken.id,
    ]);
    // The whole 43-character secret (it may itself hold "_"), never a short piece that a hash could hold by chance.
    const secret = created.token.slice('thidua_'.length + 32 + 1);
    expect(secret).toHaveLength(43);
    expect(stored[0].secret_hash).not.toContain(secret);
    const result = await app.gql(RANKING, { c: campaignId }, created.token);
    expect(result.errors).toBeUndefined();
    expect(result.data?.ranking.rows.length).toBe(9);
    const listed = await app.gql(`{ apiTokens { id token: name lastUsedAt } }`, {}, admin);
    expect(listed.data?.apiTokens.find((t: { id: string }) => t.id === created.apiToken.id).lastUsedAt).not.toBeNull();
  });

  it('admits a token only where one of its scopes is listed: a ranking needs read:rankings, a report write:reports, setup none', async () => {
    const { token } = await tokenWith(['read:rankings']);
    expect((await app.gql(`{ units(first: 1) { totalCount } }`, {}, token)).data?.units.totalCount).toBeGreaterThan(0);
    const reportsOnly = (await tokenWith(['read:reports'])).token;
    expect((await app.gql(RANKING, { c: campaignId }, reportsOnly)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unitId = (await app.dataSource.query(`SELECT id FROM units WHERE code = '970'`))[0].id;
    const submit = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { outcome userErrors { code field } } }`;
    const values = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'].map((indicatorCode) => ({
      indicatorCode,
      numerator: 1,
      denominator: 2,
    }));
    const input = { campaignId, unitId, period: 1, values };
    expect((await app.gql(submit, { input }, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const writer = (await tokenWith(['write:reports'])).token;
    expect((await app.gql(submit, { input }, writer)).data?.submitReport).toEqual({
      outcome: 'CREATED',
      userErrors: [],
    });
    expect(
      (await app.gql(submit, { input: { ...input, submittedAt: '2023-03-03T08:00:00Z' } }, writer)).data?.submitReport
        .userErrors,
    ).toEqual([{ code: 'SUBMITTED_AT_NOT_ALLOWED', field: ['input', 'submittedAt'] }]);
    expect(
      (
        await app.gql(
          `mutation { createLevel(input: {key: "x", name: "x", depth: 4}) { userErrors { code } } }`,
          {},
          writer,
        )
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('records which token made a change in the audit log', async () => {
    // Its own change (a unit and period no other test here reports on), made through its own token.
    const writer = await tokenWith(['write:reports']);
    const unitId = (await app.dataSource.query(`SELECT id FROM units WHERE code = '964'`))[0].id;
    const values = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'].map((indicatorCode) => ({
      indicatorCode,
      numerator: 1,
      denominator: 2,
    }));
    const submitted = await app.gql(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { outcome userErrors { code } } }`,
      { input: { campaignId, unitId, period: 2, values } },
      writer.token,
    );
    expect(submitted.data?.submitReport).toEqual({ outcome: 'CREATED', userErrors: [] });
    const audit = await app.dataSource.query(
      `SELECT api_token_id FROM audit_entries WHERE action = 'submitReport' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit[0].api_token_id).not.toBeNull();
    expect(String(audit[0].api_token_id)).toBe(writer.apiToken.id);
  });

  it('stops a revoked token at once', async () => {
    const created = await tokenWith(['read:rankings']);
    await app.gql(
      `mutation($id: ID!) { revokeApiToken(input: {id: $id}) { apiToken { revokedAt } userErrors { code } } }`,
      { id: created.apiToken.id },
      admin,
    );
    expect((await app.gql(RANKING, { c: campaignId }, created.token)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const forged = created.token.slice(0, -3) + 'abc';
    expect((await app.gql(RANKING, { c: campaignId }, forged)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an unknown scope and a token without a name, and lets only admins make tokens', async () => {
    const bad = await app.gql(CREATE, { input: { name: '', scopes: ['read:everything'] } }, admin);
    expect(bad.data?.createApiToken.userErrors.map((e: { code: string }) => e.code)).toEqual([
      'REQUIRED',
      'UNKNOWN_SCOPE',
    ]);
    const board = await app.loginAs('hoidong@camau.demo');
    expect(
      (await app.gql(CREATE, { input: { name: 'x', scopes: ['read:units'] } }, board)).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('takes an optional expiry in the future, and refuses the token from that instant on', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 * 365 * 24 * 3600 }), async (secondsAhead) => {
        const expiresAt = new Date(Math.ceil(Date.now() / 1000 + secondsAhead) * 1000);
        const input = { name: 'Cổng tạm', scopes: ['read:units'], expiresAt: expiresAt.toISOString() };
        const created = (await app.gql(CREATE, { input }, admin)).data?.createApiToken;
        expect(created.userErrors).toEqual([]);
        expect(new Date(created.apiToken.expiresAt).getTime()).toBe(expiresAt.getTime());
        const tokens = new ApiTokensService(app.dataSource);
        expect(await tokens.viewerFromToken(created.token, new Date(expiresAt.getTime() - 1))).not.toBeNull();
        expect(await tokens.viewerFromToken(created.token, expiresAt)).toBeNull();
        expect(await tokens.viewerFromToken(created.token, new Date(expiresAt.getTime() + 1000))).toBeNull();
      }),
      { numRuns: 5 },
    );
    const lapsed = (await tokenWith(['read:units'])) as { token: string; apiToken: { id: string } };
    expect((await app.gql(UNITS, {}, lapsed.token)).errors).toBeUndefined();
    await app.dataSource.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      lapsed.apiToken.id,
    ]);
    expect((await app.gql(UNITS, {}, lapsed.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an expiry that is not in the future, writing nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 100 * 365 * 24 * 3600 }), async (secondsAgo) => {
        const count = async () => (await app.dataSource.query('SELECT count(*)::int AS n FROM api_tokens'))[0].n;
        const before = await count();
        const expiresAt = new Date(Date.now() - secondsAgo * 1000).toISOString();
        const result = await app.gql(CREATE, { input: { name: 'x', scopes: ['read:units'], expiresAt } }, admin);
        expect(result.data?.createApiToken).toEqual({
          token: null,
          apiToken: null,
          userErrors: [
            { code: 'EXPIRY_IN_PAST', field: ['input', 'expiresAt'], message: 'A token must expire in the future.' },
          ],
        });
        expect(await count()).toBe(before);
      }),
      { numRuns: 5 },
    );
  });

  it('stops the tokens of an admin who is disabled, and lets them work again when the admin is enabled', async () => {
    const created = await app.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } userErrors { code } } }`,
      { input: { email: 'it.admin@camau.gov.vn', name: 'Quản trị CNTT', password: 'mat-khau-2024', role: 'ADMIN' } },
      admin,
    );
    const secondAdminId = created.data?.createUser.user.id;
    const secondAdmin = await app.loginAs('it.admin@camau.gov.vn', 'mat-khau-2024');
    const made = (await app.gql(CREATE, { input: { name: 'Cổng', scopes: ['read:units'] } }, secondAdmin)).data
      ?.createApiToken;
    const mine = await tokenWith(['read:units']);
    const setDisabled = (disabled: boolean) =>
      app.gql(
        `mutation($input: UpdateUserInput!) { updateUser(input: $input) { userErrors { code } } }`,
        { input: { id: secondAdminId, disabled } },
        admin,
      );
    expect((await app.gql(UNITS, {}, made.token)).errors).toBeUndefined();
    await setDisabled(true);
    expect((await app.gql(UNITS, {}, made.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(UNITS, {}, mine.token)).errors).toBeUndefined();
    await setDisabled(false);
    expect((await app.gql(UNITS, {}, made.token)).errors).toBeUndefined();
  });
});
