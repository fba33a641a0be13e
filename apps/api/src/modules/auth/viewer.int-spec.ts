import { startTestApp, type TestApp } from '../../../test/harness';

const VIEWER = `query($first: Int, $after: String) { viewer {
  kind role canWriteAllUnits
  user { id name email role unit { code } }
  token { id name scopes expiresAt }
  writableUnits(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id code name } }
  }
} }`;
const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id } } }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { outcome userErrors { code } } }`;

interface UnitRow {
  id: string;
  code: string;
}

/** `viewer`: who is asking and what it may report for, for users and API tokens alike. */
describe('the viewer query', () => {
  let app: TestApp;
  let admin: string;
  let activeUnits: UnitRow[];
  let subtreeOf970: UnitRow[];
  const tokenWith = async (scopes: string[], expiresAt: string | null = null) =>
    (await app.gql(CREATE, { input: { name: `App ${scopes.join('+')}`, scopes, expiresAt } }, admin)).data
      ?.createApiToken as { token: string; apiToken: { id: string } };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    activeUnits = await app.dataSource.query('SELECT id, code FROM units WHERE archived_at IS NULL');
    subtreeOf970 = await app.dataSource.query(
      `WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE code = '970'
         UNION SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
       SELECT u.id, u.code FROM units u JOIN sub ON sub.id = u.id WHERE u.archived_at IS NULL`,
    );
  });
  afterAll(() => app.close());

  it('answers a write-only token, which `me` refuses: its name, scopes, expiry and every active unit', async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const { token, apiToken } = await tokenWith(['write:reports'], expiresAt);
    expect((await app.gql('{ me { id } }', {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const result = await app.gql(VIEWER, { first: 500 }, token);
    expect(result.errors).toBeUndefined();
    const viewer = result.data?.viewer;
    expect(viewer).toMatchObject({
      kind: 'API_TOKEN',
      role: null,
      user: null,
      canWriteAllUnits: true,
      token: { id: apiToken.id, name: 'App write:reports', scopes: ['WRITE_REPORTS'] },
    });
    expect(new Date(viewer.token.expiresAt).getTime()).toBe(new Date(expiresAt).getTime());
    expect(viewer.writableUnits.totalCount).toBe(activeUnits.length);
    expect(viewer.writableUnits.edges.map((edge: { node: UnitRow }) => edge.node.id).sort()).toEqual(
      activeUnits.map((unit) => unit.id).sort(),
    );
  });

  it('lets a write-only token report for a unit it found through viewer', async () => {
    const { token } = await tokenWith(['write:reports']);
    const edges: { node: UnitRow }[] = (await app.gql(VIEWER, { first: 500 }, token)).data?.viewer.writableUnits.edges;
    const unit = edges.map((edge) => edge.node).find((node) => node.code === '970') as UnitRow;
    const [{ id: campaignId }] = await app.dataSource.query('SELECT id FROM campaigns ORDER BY created_at, id LIMIT 1');
    const values = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'].map((indicatorCode) => ({
      indicatorCode,
      numerator: 1,
      denominator: 2,
    }));
    const submitted = await app.gql(SUBMIT, { input: { campaignId, unitId: unit.id, period: 2, values } }, token);
    expect(submitted.data?.submitReport.userErrors).toEqual([]);
  });

  it('lists its scopes as enum values for a token with several, and no unit for one that cannot write', async () => {
    const { token } = await tokenWith(['read:rankings', 'read:units']);
    const viewer = (await app.gql(VIEWER, {}, token)).data?.viewer;
    expect(viewer.token.scopes).toEqual(['READ_UNITS', 'READ_RANKINGS']);
    expect(viewer.token.expiresAt).toBeNull();
    expect(viewer.canWriteAllUnits).toBe(false);
    expect(viewer.writableUnits).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
  });

  it('answers an admin with its user and role, and every active unit', async () => {
    const viewer = (await app.gql(VIEWER, { first: 0 }, admin)).data?.viewer;
    const me = (await app.gql('{ me { id name email role } }', {}, admin)).data?.me;
    expect(viewer).toMatchObject({ kind: 'USER', role: 'ADMIN', token: null, canWriteAllUnits: true });
    expect(viewer.user).toMatchObject(me);
    expect(viewer.writableUnits.totalCount).toBe(activeUnits.length);
    expect(viewer.writableUnits.edges).toEqual([]);
    expect(viewer.writableUnits.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
  });

  it('answers a reporter with its unit and the units under it, which submitReport accepts, and no other', async () => {
    const reporter = await app.loginAs('baocao@camau.demo');
    const viewer = (await app.gql(VIEWER, { first: 500 }, reporter)).data?.viewer;
    expect(viewer).toMatchObject({
      kind: 'USER',
      role: 'REPORTER',
      canWriteAllUnits: false,
      user: { unit: { code: '970' } },
    });
    const codes = viewer.writableUnits.edges.map((edge: { node: UnitRow }) => edge.node.code);
    expect(codes[0]).toBe('970');
    expect([...codes].sort()).toEqual(subtreeOf970.map((unit) => unit.code).sort());
    expect(subtreeOf970.length).toBeGreaterThan(1);
    expect(viewer.writableUnits.totalCount).toBe(subtreeOf970.length);
  });

  it('answers a board member and a viewer with no unit to write for', async () => {
    for (const email of ['hoidong@camau.demo', 'xem@camau.demo']) {
      const viewer = (await app.gql(VIEWER, {}, await app.loginAs(email))).data?.viewer;
      expect(viewer.canWriteAllUnits).toBe(false);
      expect(viewer.writableUnits.totalCount).toBe(0);
    }
  });

  it('is UNAUTHENTICATED without a token', async () => {
    expect((await app.gql(VIEWER, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
