import fc from 'fast-check';
import { MAX_PAGE_SIZE, pageWindow } from '../../foundation/graphql/connection';
import { addLevelOfUnits } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { RankingsService, rowsPage } from './rankings.service';
import { UNITS_WITH_FIGURES_UP_TO } from './ranking-data';

const ROW = `rank previousRank movement score baseScore tieBreak latestReportMissing class { code }
  unit { id code parent { id } } reports { due onTime late missing }
  indicators { indicator { code } numerator denominator rate target met shortfall }`;
const ROWS = `query($c: ID!, $l: String!, $p: Int, $parent: ID) {
  ranking(campaignId: $c, levelKey: $l, asOfPeriod: $p, parentUnitId: $parent) {
    level { key } asOfPeriod targetSet { key } cohortSize rows { ${ROW} } } }`;
const PAGE = `query($c: ID!, $l: String!, $p: Int, $parent: ID, $first: Int, $after: String) {
  ranking(campaignId: $c, levelKey: $l, asOfPeriod: $p, parentUnitId: $parent) {
    cohortSize
    rowsConnection(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${ROW} } } } } }`;

type Row = {
  rank: number | null;
  tieBreak?: string | null;
  unit: { id: string; code: string; parent: { id: string } | null };
};
type Page = {
  cohortSize: number;
  rowsConnection: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: { cursor: string; node: Row }[];
  };
};

describe('ranking: rows a page at a time, and the rows under a parent unit', () => {
  let app: TestApp;
  let viewer: string;
  let admin: string;
  let campaignId: string;
  /** Period 5 of the demo: every level has ranked units and units without data are possible. */
  const p = 5;

  const ranking = async (levelKey: string, variables: Record<string, unknown> = {}, token = viewer) =>
    app.gql<{ ranking: { cohortSize: number; rows: Row[] } }>(
      ROWS,
      { c: campaignId, l: levelKey, p, ...variables },
      token,
    );
  const page = async (levelKey: string, variables: Record<string, unknown>, token = viewer) =>
    app.gql<{ ranking: Page }>(PAGE, { c: campaignId, l: levelKey, p, ...variables }, token);

  /** Every row of the level (under `parent`), `first` at a time, checking each page's pageInfo. */
  async function pageThrough(levelKey: string, first: number, parent: string | null = null): Promise<Row[]> {
    const rows: Row[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await page(levelKey, { first, after, parent });
      expect(result.errors).toBeUndefined();
      const connection = (result.data as { ranking: Page }).ranking.rowsConnection;
      const { edges, pageInfo } = connection;
      expect(edges.length).toBeLessThanOrEqual(first);
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
      expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
      rows.push(...edges.map((edge) => edge.node));
      expect(pageInfo.hasNextPage).toBe(rows.length < connection.totalCount);
      if (!pageInfo.hasNextPage) return rows;
      expect(edges).toHaveLength(first);
      after = pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    app = await startTestApp({ demo: 'full' });
    viewer = await app.loginAs('xem@camau.demo');
    admin = await app.loginAs('admin@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns ORDER BY created_at LIMIT 1'))[0].id;
  }, 120_000);
  afterAll(() => app.close());

  it('answers without the new arguments what it answered before: every row, the whole level', async () => {
    const before = await ranking('commune');
    expect(before.errors).toBeUndefined();
    expect(before.data?.ranking.rows).toHaveLength(101);
    expect(before.data?.ranking.cohortSize).toBeGreaterThan(90);
    expect(await ranking('commune', { parent: null })).toEqual(before);
  });

  it('pages through the same rows as the unpaged answer, whatever the page size', async () => {
    // Over HTTP, a few sizes per level: one row a page, one short of all, all, the largest page.
    for (const [levelKey, sizes] of [
      ['district', [1, 8]],
      ['province', [4, 18]],
      ['commune', [30, 100, 101, MAX_PAGE_SIZE]],
    ] as const) {
      const all = (await ranking(levelKey)).data?.ranking.rows as Row[];
      expect(all.length).toBeGreaterThan(5);
      for (const first of sizes) expect(await pageThrough(levelKey, first)).toEqual(all);
    }
  }, 120_000);

  it('pages any set of rows whole, in order, for generated page sizes (what rowsConnection answers)', async () => {
    const result = await new RankingsService(app.dataSource).ranking(
      { campaignId, levelKey: 'commune', asOfPeriod: p },
      new Date(),
    );
    await result.loadUnits();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: result.rows.length }),
        fc.integer({ min: 1, max: 130 }),
        fc.boolean(),
        async (length, first, allRowsRead) => {
          const rows = result.rows.slice(0, length);
          // A ranking of those rows alone, whose rows are made page by page unless all were read before.
          const ranking = result.onlyUnits(new Set(rows.map((row) => row.unit.id)));
          if (allRowsRead) expect(ranking.rows).toEqual(rows);
          const paged: typeof rows = [];
          let after: string | undefined;
          for (let pages = 0; ; pages++) {
            const page = await rowsPage(ranking, pageWindow({ first, after }));
            expect(page.totalCount).toBe(length);
            paged.push(...page.edges.map((edge) => edge.node));
            if (!page.pageInfo.hasNextPage) break;
            expect(pages).toBeLessThan(length);
            after = page.pageInfo.endCursor as string;
          }
          expect(paged).toEqual(rows);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('answers 50 rows without first, and with first: 0 only the count', async () => {
    const fifty = await page('commune', {});
    expect(fifty.data?.ranking.rowsConnection.edges).toHaveLength(50);
    const count = (await page('commune', { first: 0 })).data?.ranking.rowsConnection;
    expect(count).toEqual({
      totalCount: 101,
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
  });

  it('refuses a cursor it did not give and a page size out of bounds (BAD_USER_INPUT)', async () => {
    for (const variables of [
      { after: 'nope' },
      { after: Buffer.from('pos:-1').toString('base64url') },
      { first: MAX_PAGE_SIZE + 1 },
      { first: -1 },
    ]) {
      const result = await page('commune', variables);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.data?.ranking ?? null).toBeNull();
    }
  });

  it("keeps a parent's units with the ranks and cohort size of the whole level, at any depth below it", async () => {
    const whole = (await ranking('commune')).data?.ranking as { cohortSize: number; rows: Row[] };
    const parents = await app.dataSource.query(
      `SELECT d.id AS district, d.parent_id AS above FROM units d
       WHERE d.id IN (SELECT parent_id FROM units WHERE level_id = (SELECT id FROM levels WHERE key = 'commune'))
       ORDER BY d.code`,
    );
    expect(parents.length).toBeGreaterThan(1);
    for (const { district } of parents) {
      const scoped = await ranking('commune', { parent: district });
      expect(scoped.errors).toBeUndefined();
      const expected = whole.rows.filter((row) => row.unit.parent?.id === district);
      expect(expected.length).toBeGreaterThan(0);
      expect(scoped.data?.ranking).toMatchObject({ cohortSize: whole.cohortSize, rows: expected });
    }
    // Paged too: totalCount counts the rows under the parent.
    const district = parents[0].district as string;
    expect(await pageThrough('commune', 5, district)).toEqual(
      whole.rows.filter((row) => row.unit.parent?.id === district),
    );
    // Two levels up, when the demo's districts have a parent: every commune of their districts.
    const above = parents[0].above as string | null;
    if (above) {
      const districts = new Set(
        parents
          .filter((row: { above: string }) => row.above === above)
          .map((row: { district: string }) => row.district),
      );
      const scoped = await ranking('commune', { parent: above });
      expect(scoped.data?.ranking.rows).toEqual(whole.rows.filter((row) => districts.has(row.unit.parent?.id)));
    }
    // A unit of the ranked level has none under it: no rows, the same cohort.
    const leaf = whole.rows[0].unit.id;
    expect((await ranking('commune', { parent: leaf })).data?.ranking).toMatchObject({
      cohortSize: whole.cohortSize,
      rows: [],
    });
  }, 120_000);

  it("shows each row's unit as `unit(id)` shows it, paged or whole (the units are read apart from the figures)", async () => {
    const UNIT = 'id code name updatedAt archived level { key } parent { id name }';
    const query = `query($c: ID!, $l: String!, $p: Int, $first: Int, $after: String) {
      ranking(campaignId: $c, levelKey: $l, asOfPeriod: $p) {
        rows { unit { ${UNIT} } } rowsConnection(first: $first, after: $after) { edges { node { unit { ${UNIT} } } } } } }`;
    type Units = {
      ranking: { rows: { unit: { id: string } }[]; rowsConnection: { edges: { node: { unit: unknown } }[] } };
    };
    for (const [levelKey, first, offset] of [
      ['commune', 7, 30],
      ['district', 3, 0],
      ['province', 50, 10],
    ] as const) {
      const after = offset ? Buffer.from(`pos:${offset - 1}`).toString('base64url') : null;
      const result = await app.gql<Units>(query, { c: campaignId, l: levelKey, p, first, after }, viewer);
      expect(result.errors).toBeUndefined();
      const { rows, rowsConnection } = (result.data as Units).ranking;
      expect(rowsConnection.edges.map((edge) => edge.node)).toEqual(rows.slice(offset, offset + first));
      for (const { unit } of rows.slice(offset, offset + 3)) {
        const alone = await app.gql<{ unit: unknown }>(
          `query($id: ID!) { unit(id: $id) { ${UNIT} } }`,
          { id: unit.id },
          viewer,
        );
        expect(alone.data?.unit).toEqual(unit);
      }
    }
  });

  it("answers a unit's place with the rows above it that explain it, for units all down a level", async () => {
    const whole = (await ranking('commune')).data?.ranking as { rows: Row[] };
    const query = `query($c: ID!, $p: Int, $u: ID!) {
      ranking(campaignId: $c, levelKey: "commune", asOfPeriod: $p) { rowsAbove(unitId: $u) { ${ROW} } } }`;
    const above = async (unitId: string) => {
      const result = await app.gql<{ ranking: { rowsAbove: Row[] } }>(query, { c: campaignId, p, u: unitId }, viewer);
      expect(result.errors).toBeUndefined();
      return result.data?.ranking.rowsAbove as Row[];
    };
    // Every tenth unit, and every unit whose place depends on its neighbours: tied, tie-broken, unranked.
    const sample = [...whole.rows.entries()].filter(
      ([index, row]) =>
        index % 10 === 0 || row.tieBreak || row.rank === null || whole.rows[index - 1]?.rank === row.rank,
    );
    expect(sample.length).toBeGreaterThan(10);
    for (const [index, row] of sample) {
      const rows = await above(row.unit.id);
      // The rows of the whole ranking just above the unit, the unit's last.
      expect(rows).toEqual(whole.rows.slice(index + 1 - rows.length, index + 1));
      if (row.rank === null) expect(rows).toHaveLength(1);
      else if (index > 0)
        expect(rows[0].rank === null || rows[0].rank < row.rank || rows.length === index + 1).toBe(true);
    }
    // A unit of another level, an unknown id and a string that is no id: no rows, no error.
    const [district] = await app.dataSource.query(
      `SELECT id FROM units WHERE level_id = (SELECT id FROM levels WHERE key = 'district') LIMIT 1`,
    );
    for (const unitId of [district.id, '00000000-0000-4000-8000-000000000000', "x' OR 1=1 --"])
      expect(await above(unitId)).toEqual([]);
  }, 120_000);

  it('refuses an unknown parent clearly (BAD_USER_INPUT)', async () => {
    for (const parent of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const result = await ranking('commune', { parent });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toBe('parentUnitId: there is no such unit.');
    }
  });

  it('costs what the page asks for: the rows of a small page cost less than every row', async () => {
    const cost = async (query: string, variables: Record<string, unknown>) => {
      const result = (await app.gql(query, { c: campaignId, l: 'commune', p, ...variables }, viewer)) as {
        extensions?: { cost?: number };
      };
      return result.extensions?.cost as number;
    };
    const [ten, fifty, most, rows] = [
      await cost(PAGE, { first: 10 }),
      await cost(PAGE, {}),
      await cost(PAGE, { first: MAX_PAGE_SIZE }),
      await cost(ROWS, {}),
    ];
    expect(ten).toBeLessThan(fifty);
    expect(fifty).toBeLessThan(most);
    expect(fifty).toBeLessThan(rows);
  });

  it('lets read the rows, paged or under a parent, exactly who may read the ranking', async () => {
    const token = async (scope: string) =>
      (
        await app.gql(
          `mutation($s: [String!]!) { createApiToken(input: {name: "paging ${scope}", scopes: $s}) { token } }`,
          { s: [scope] },
          admin,
        )
      ).data?.createApiToken.token as string;
    const [district] = await app.dataSource.query(
      `SELECT parent_id AS id FROM units WHERE parent_id IS NOT NULL AND level_id = (SELECT id FROM levels WHERE key = 'commune') LIMIT 1`,
    );
    const variables = { first: 5, parent: district.id };
    expect((await page('commune', variables, '')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await page('commune', variables, await token('read:units'))).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    for (const allowed of [await token('read:rankings'), viewer, admin, await app.loginAs('baocao@camau.demo')]) {
      const result = await page('commune', variables, allowed);
      expect(result.errors).toBeUndefined();
      expect(result.data?.ranking.rowsConnection.edges.length).toBeGreaterThan(0);
    }
  });
  it('reads only the units a page shows when the level is larger than UNITS_WITH_FIGURES_UP_TO', async () => {
    // A level of the campaign with more units than the statement reads with their figures (none has reported).
    const size = UNITS_WITH_FIGURES_UP_TO + 1;
    await addLevelOfUnits(app, campaignId, 'big', size);
    const UNIT = 'id code name updatedAt archived level { key }';
    const query = `query($c: ID!, $first: Int, $after: String) {
      ranking(campaignId: $c, levelKey: "big", asOfPeriod: ${p}) {
        rowsConnection(first: $first, after: $after) { totalCount edges { node { rank unit { ${UNIT} } } } } } }`;
    type Big = { ranking: { rowsConnection: { totalCount: number; edges: { node: { unit: { code: string } } }[] } } };
    const after = Buffer.from('pos:998').toString('base64url');
    await app.gql<Big>(query, { c: campaignId, first: 2, after }, viewer); // learns the new level's shape
    const before = app.queryCount();
    const result = await app.gql<Big>(query, { c: campaignId, first: 2, after }, viewer);
    expect(result.errors).toBeUndefined();
    // The session, the statement (its cost known to stay below jit_above_cost: no JIT guard), the page's two units,
    // their level.
    expect(app.queryCount() - before).toBe(4);
    const { totalCount, edges } = (result.data as Big).ranking.rowsConnection;
    expect(totalCount).toBe(size);
    // Units without data are listed by code.
    expect(edges.map((edge) => edge.node.unit.code)).toEqual(['big-01000', 'big-01001']);
    const [row] = await app.dataSource.query(`SELECT id, updated_at FROM units WHERE code = 'big-01000'`);
    expect(edges[0].node.unit).toEqual({
      id: row.id,
      code: 'big-01000',
      name: 'Xã Lớn 1000',
      updatedAt: (row.updated_at as Date).toISOString(),
      archived: false,
      level: { key: 'big' },
    });
    // Every row: every unit, read in one more statement.
    const all = await app.gql<{ ranking: { rows: { unit: { code: string } }[] } }>(
      `query($c: ID!) { ranking(campaignId: $c, levelKey: "big", asOfPeriod: ${p}) { rows { unit { code } } } }`,
      { c: campaignId },
      viewer,
    );
    expect(all.data?.ranking.rows.map((each) => each.unit.code)).toEqual(
      Array.from({ length: size }, (_, i) => `big-${String(i + 1).padStart(5, '0')}`),
    );
  }, 60_000);
});
