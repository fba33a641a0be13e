import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../test/harness';

/** Change tracking for polling apps: updatedAt, updatedSince and orderBy: UPDATED_AT with keyset cursors. */

const PAGE = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id updatedAt } }`;
const REPORTS = `query($campaignId: ID!, $first: Int, $after: String, $updatedSince: DateTime, $orderBy: ReportOrder) {
  reports(campaignId: $campaignId, first: $first, after: $after, updatedSince: $updatedSince, orderBy: $orderBy) {
    ${PAGE} } }`;
const UNITS = `query($first: Int, $after: String, $updatedSince: DateTime, $orderBy: UnitOrder) {
  units(first: $first, after: $after, updatedSince: $updatedSince, orderBy: $orderBy, includeArchived: true) {
    ${PAGE} } }`;
const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) {
  outcome report { id updatedAt } userErrors { code } } }`;
const IMPORT_REPORTS = `mutation($input: ImportReportsInput!) { importReports(input: $input) { created userErrors { code } } }`;
const UPDATE_UNIT = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { id updatedAt } userErrors { code } } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { unit { id } userErrors { code } } }`;
const ARCHIVE_UNIT = `mutation($id: ID!) { archiveUnit(input: { id: $id }) { unit { id } userErrors { code } } }`;
const IMPORT_UNITS = `mutation($csv: String!) { importUnits(input: { csv: $csv }) { updated userErrors { code } } }`;
const INDICATORS = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'];

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string; node: { id: string; updatedAt: string } }[];
}

const values = (n: number) => INDICATORS.map((indicatorCode) => ({ indicatorCode, numerator: n, denominator: 1000 }));
/** Past the millisecond a write before it may be rounded up to, so that the instant divides writes cleanly. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('change tracking (updatedAt, updatedSince, orderBy: UPDATED_AT)', () => {
  let app: TestApp;
  let admin: string;
  let campaignId: string;
  let units: { id: string; code: string; level: string; parentId: string | null }[];
  let communes: typeof units;
  /** How many times each report was submitted by this spec: the next submission's numerator revises it. */
  const submissions = new Map<string, number>();

  const ok = <T>(result: { data?: T; errors?: unknown }): T => {
    expect(result.errors).toBeUndefined();
    return result.data as T;
  };
  const reports = async (variables: Record<string, unknown>, token = admin) =>
    ok(await app.gql<{ reports: Page }>(REPORTS, { campaignId, ...variables }, token)).reports;
  const unitsPage = async (variables: Record<string, unknown>) =>
    ok(await app.gql<{ units: Page }>(UNITS, variables, admin)).units;
  const submit = async (unitId: string, period: number) => {
    const key = `${unitId}/${period}`;
    submissions.set(key, (submissions.get(key) ?? 0) + 1);
    const input = { campaignId, unitId, period, values: values(100 + (submissions.get(key) ?? 0)) };
    const answer = ok(await app.gql<{ submitReport: any }>(SUBMIT, { input }, admin)).submitReport;
    expect(answer.userErrors).toEqual([]);
    return answer.report as { id: string; updatedAt: string };
  };
  const idsOf = (page: Page) => page.edges.map((edge) => edge.node.id);

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
    units = (
      await app.dataSource.query(
        `SELECT u.id, u.code, l.key AS level, u.parent_id AS "parentId" FROM units u JOIN levels l ON l.id = u.level_id
         ORDER BY u.code`,
      )
    ).map((row: (typeof units)[number]) => row);
    communes = units.filter((unit) => unit.level === 'commune');
    const rows = communes.slice(0, 40).flatMap((unit) => INDICATORS.map((code) => `${unit.code},${code},3,10`));
    const csv = ['unitCode,indicatorCode,numerator,denominator', ...rows].join('\n');
    const imported = ok(
      await app.gql<{ importReports: any }>(IMPORT_REPORTS, { input: { campaignId, period: 1, csv } }, admin),
    );
    expect(imported.importReports).toEqual({ created: 40, userErrors: [] });
  });
  afterAll(() => app.close());

  it('gives every report and unit its last change, and updatedSince answers exactly the reports changed since', async () => {
    const before = await reports({ first: 500 });
    expect(before.totalCount).toBe(40);
    await pause();
    const since = new Date();
    await pause();
    const revised = await submit(communes[0].id, 1);
    const created = await submit(communes[50].id, 1);
    const [{ id: unchangedId }] = await app.dataSource.query('SELECT id FROM reports WHERE unit_id = $1', [
      communes[1].id,
    ]);
    // The same values again change nothing (UNCHANGED): the report does not come back.
    const again = await app.gql<{ submitReport: any }>(
      SUBMIT,
      { input: { campaignId, unitId: communes[0].id, period: 1, values: values(101) } },
      admin,
    );
    expect(ok(again).submitReport.outcome).toBe('UNCHANGED');

    const changed = await reports({ first: 500, updatedSince: since.toISOString() });
    expect(new Set(idsOf(changed))).toEqual(new Set([revised.id, created.id]));
    expect(changed.totalCount).toBe(2);
    for (const edge of changed.edges) expect(new Date(edge.node.updatedAt).getTime()).toBeGreaterThanOrEqual(+since);
    const listed = new Map(changed.edges.map((edge) => [edge.node.id, edge.node.updatedAt]));
    expect(listed.get(revised.id)).toBe(revised.updatedAt);
    expect(idsOf(changed)).not.toContain(unchangedId);
    // At or after: the instant of a change itself still answers it.
    const atRevision = await reports({ first: 500, updatedSince: revised.updatedAt });
    expect(idsOf(atRevision)).toEqual(expect.arrayContaining([revised.id, created.id]));
  });

  it('updatedSince answers exactly the units renamed, moved, archived or imported since', async () => {
    const [renamed, moved, archived, imported] = communes.slice(-4);
    const otherDistrict = units.find(
      (unit) => unit.level === 'district' && unit.id !== moved.parentId,
    ) as (typeof units)[number];
    await pause();
    const since = new Date();
    await pause();
    const rename = ok(
      await app.gql<{ updateUnit: any }>(UPDATE_UNIT, { input: { id: renamed.id, name: 'Xã Đổi Tên' } }, admin),
    );
    expect(rename.updateUnit.userErrors).toEqual([]);
    const move = ok(
      await app.gql<{ updateUnit: any }>(UPDATE_UNIT, { input: { id: moved.id, parentId: otherDistrict.id } }, admin),
    );
    expect(move.updateUnit.userErrors).toEqual([]);
    expect(
      ok(await app.gql<{ archiveUnit: any }>(ARCHIVE_UNIT, { id: archived.id }, admin)).archiveUnit.userErrors,
    ).toEqual([]);
    const parentCode = units.find((unit) => unit.id === imported.parentId)?.code;
    const csv = `code,name,levelKey,parentCode\n${imported.code},Xã Nhập Lại,commune,${parentCode}`;
    expect(ok(await app.gql<{ importUnits: any }>(IMPORT_UNITS, { csv }, admin)).importUnits).toEqual({
      updated: 1,
      userErrors: [],
    });

    const changed = await unitsPage({ first: 500, updatedSince: since.toISOString() });
    expect(new Set(idsOf(changed))).toEqual(new Set([renamed.id, moved.id, archived.id, imported.id]));
    const renamedAt = changed.edges.find((edge) => edge.node.id === renamed.id)?.node.updatedAt;
    expect(renamedAt).toBe(rename.updateUnit.unit.updatedAt);
    // Without includeArchived the archived unit is left out, as in the default order.
    const active = ok(
      await app.gql<{ units: Page }>(
        `query($since: DateTime) { units(updatedSince: $since) { ${PAGE} } }`,
        {
          since: since.toISOString(),
        },
        admin,
      ),
    ).units;
    expect(new Set(idsOf(active))).toEqual(new Set([renamed.id, moved.id, imported.id]));
  });

  /**
   * Pages through a list by UPDATED_AT while other rows are inserted and updated between pages, in random ways:
   * every row that existed before and did not change while paging comes exactly once, in order.
   */
  async function pageWhileWriting(
    read: (variables: Record<string, unknown>) => Promise<Page>,
    write: (pick: number, insert: boolean) => Promise<string | null>,
    plan: { pageSize: number; writes: { pick: number; insert: boolean }[][] },
  ) {
    const start = new Set(idsOf(await read({ first: 500, orderBy: 'UPDATED_AT' })));
    const changed = new Set<string>();
    const seen: string[] = [];
    let after: string | null = null;
    let previous = '';
    for (let page = 0; page < 1000; page++) {
      const answer = await read({ first: plan.pageSize, after, orderBy: 'UPDATED_AT' });
      for (const edge of answer.edges) {
        const key = `${edge.node.updatedAt}|${edge.node.id}`;
        expect(key > previous).toBe(true);
        previous = key;
        seen.push(edge.node.id);
      }
      if (!answer.pageInfo.hasNextPage || !answer.pageInfo.endCursor) break;
      after = answer.pageInfo.endCursor;
      for (const { pick, insert } of plan.writes[page] ?? []) {
        const id = await write(pick, insert);
        if (id) changed.add(id);
      }
    }
    const counts = new Map<string, number>();
    for (const id of seen) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const id of start) if (!changed.has(id)) expect([id, counts.get(id)]).toEqual([id, 1]);
    for (const [id, count] of counts) if (count > 1) expect(changed.has(id)).toBe(true);
  }

  const plans = fc.record({
    pageSize: fc.integer({ min: 1, max: 12 }),
    writes: fc.array(fc.array(fc.record({ pick: fc.nat(), insert: fc.boolean() }), { maxLength: 3 }), {
      minLength: 1,
      maxLength: 8,
    }),
  });

  it('pages reports by UPDATED_AT with revisions and new reports between pages: no unchanged report skipped or repeated', async () => {
    let period = 2;
    await fc.assert(
      fc.asyncProperty(plans, async (plan) => {
        await pageWhileWriting(
          (variables) => reports(variables),
          async (pick, insert) => {
            // Not the last four communes: an earlier test archived one of them (no report is taken for it).
            if (insert) return (await submit(communes[pick % (communes.length - 4)].id, period)).id;
            const existing = await app.dataSource.query(
              'SELECT unit_id AS "unitId", period_index AS period FROM reports ORDER BY id OFFSET $1 LIMIT 1',
              [pick % 40],
            );
            return (await submit(existing[0].unitId, existing[0].period)).id;
          },
          plan,
        );
        period = Math.min(period + 1, 11);
      }),
      { numRuns: 5 },
    );
  }, 180_000);

  it('pages units by UPDATED_AT with renames and new units between pages: no unchanged unit skipped or repeated', async () => {
    let made = 0;
    await fc.assert(
      fc.asyncProperty(plans, async (plan) => {
        await pageWhileWriting(
          (variables) => unitsPage(variables),
          async (pick, insert) => {
            if (insert) {
              const input = {
                code: `CT-${++made}`,
                name: `Xã Mới ${made}`,
                levelKey: 'commune',
                parentId: communes[0].parentId,
              };
              return ok(await app.gql<{ createUnit: any }>(CREATE_UNIT, { input }, admin)).createUnit.unit.id;
            }
            const unit = communes[pick % (communes.length - 4)];
            const input = { id: unit.id, name: `Xã Sửa ${++made}` };
            return ok(await app.gql<{ updateUnit: any }>(UPDATE_UNIT, { input }, admin)).updateUnit.unit.id;
          },
          plan,
        );
      }),
      { numRuns: 5 },
    );
  }, 180_000);

  it('refuses a cursor it did not give for that order as BAD_USER_INPUT', async () => {
    const offsetCursor = (await reports({ first: 1 })).pageInfo.endCursor;
    const keysetCursor = (await reports({ first: 1, orderBy: 'UPDATED_AT' })).pageInfo.endCursor;
    const codeOf = async (query: string, variables: Record<string, unknown>) =>
      (await app.gql(query, { campaignId, ...variables }, admin)).errors?.[0]?.extensions?.code;
    for (const after of ['garbage', Buffer.from('chg:12:not-an-id').toString('base64url'), offsetCursor]) {
      expect(await codeOf(REPORTS, { after, orderBy: 'UPDATED_AT' })).toBe('BAD_USER_INPUT');
      expect(await codeOf(UNITS, { after, orderBy: 'UPDATED_AT' })).toBe('BAD_USER_INPUT');
    }
    expect(await codeOf(REPORTS, { after: keysetCursor })).toBe('BAD_USER_INPUT');
    expect(await codeOf(REPORTS, { first: 501, orderBy: 'UPDATED_AT' })).toBe('BAD_USER_INPUT');
  });

  it('answers first: 0 with the count, no cursors and hasNextPage only when rows lie after', async () => {
    const all = await reports({ first: 500, orderBy: 'UPDATED_AT' });
    const none = await reports({ first: 0, orderBy: 'UPDATED_AT' });
    expect(none).toEqual({
      totalCount: all.totalCount,
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
    const middle = all.edges[5].cursor;
    expect((await reports({ first: 0, after: middle, orderBy: 'UPDATED_AT' })).pageInfo).toMatchObject({
      hasNextPage: true,
      endCursor: null,
    });
    const last = all.pageInfo.endCursor;
    expect((await reports({ first: 0, after: last, orderBy: 'UPDATED_AT' })).pageInfo).toMatchObject({
      hasNextPage: false,
      endCursor: null,
    });
    const future = new Date(Date.now() + 86_400_000).toISOString();
    expect(await unitsPage({ first: 0, updatedSince: future, orderBy: 'UPDATED_AT' })).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('keeps the scopes: a read:reports token reads reports by change, a read:units token may not', async () => {
    const tokenFor = async (scope: string) =>
      ok(
        await app.gql<{ createApiToken: { token: string } }>(
          `mutation($scope: String!) { createApiToken(input: { name: $scope, scopes: [$scope] }) { token } }`,
          { scope },
          admin,
        ),
      ).createApiToken.token;
    const reader = await tokenFor('read:reports');
    expect((await reports({ first: 3, orderBy: 'UPDATED_AT' }, reader)).edges).toHaveLength(3);
    const unitsOnly = await app.gql(REPORTS, { campaignId, orderBy: 'UPDATED_AT' }, await tokenFor('read:units'));
    expect(unitsOnly.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads a page by change through the (campaign, updated_at, id) and (updated_at, id) indexes', async () => {
    const plans = await app.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      await manager.query('SET LOCAL enable_bitmapscan = off');
      const explain = async (sql: string, parameters: unknown[]) =>
        (await manager.query(`EXPLAIN ${sql}`, parameters))
          .map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN'])
          .join('\n');
      return [
        await explain(
          `SELECT id FROM reports WHERE campaign_id = $1 AND updated_at >= $2 AND (updated_at, id) > ($2, $3)
           ORDER BY updated_at, id LIMIT 51`,
          [campaignId, new Date(0), '00000000-0000-0000-0000-000000000000'],
        ),
        await explain(`SELECT id FROM units WHERE (updated_at, id) > ($1, $2) ORDER BY updated_at, id LIMIT 51`, [
          new Date(0),
          '00000000-0000-0000-0000-000000000000',
        ]),
      ];
    });
    expect(plans[0]).toMatch(/Index (Only )?Scan using reports_campaign_updated_idx/);
    expect(plans[0]).not.toMatch(/Sort/);
    expect(plans[1]).toMatch(/Index (Only )?Scan using units_updated_idx/);
    expect(plans[1]).not.toMatch(/Sort/);
  });
});
