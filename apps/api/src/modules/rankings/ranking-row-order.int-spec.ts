import fc from 'fast-check';
import { matchesSearch, orderRows, type RowOrderKey } from '@thidua/domain';
import { addLevelOfUnits } from '../../../test/fixtures';
import { startTestApp, type TestApp } from '../../../test/harness';
import { UNITS_WITH_FIGURES_UP_TO } from './ranking-data';

const ROW = `rank score movement unit { id code name } indicators { indicator { code } rate }`;
const ROWS = `query($c: ID!, $l: String!, $p: Int, $parent: ID) {
  ranking(campaignId: $c, levelKey: $l, asOfPeriod: $p, parentUnitId: $parent) { cohortSize rows { ${ROW} } } }`;
const PAGE = `query($c: ID!, $l: String!, $p: Int, $parent: ID, $first: Int, $after: String, $orderBy: RankingRowOrder,
  $search: String) {
  ranking(campaignId: $c, levelKey: $l, asOfPeriod: $p, parentUnitId: $parent) {
    rowsConnection(first: $first, after: $after, orderBy: $orderBy, search: $search) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ${ROW} } } } } }`;

interface Row {
  rank: number | null;
  score: number | null;
  movement: number | null;
  unit: { id: string; code: string; name: string };
  indicators: { indicator: { code: string }; rate: number | null }[];
}
interface OrderBy {
  by: 'RANK' | 'UNIT_NAME' | 'SCORE' | 'MOVEMENT' | 'INDICATOR_RATE';
  indicatorCode?: string;
  descending?: boolean;
}

/** What the API's order asks for, in @thidua/domain's terms: the expected rows are the domain's order of `rows`. */
function keyOf({ by, indicatorCode }: OrderBy): RowOrderKey {
  if (by === 'INDICATOR_RATE') return { kind: 'indicator', code: indicatorCode as string };
  return { kind: ({ RANK: 'rank', UNIT_NAME: 'unit', SCORE: 'score', MOVEMENT: 'movement' } as const)[by] };
}
function valueOf(row: Row, key: RowOrderKey) {
  if (key.kind === 'unit') return row.unit.name;
  if (key.kind === 'indicator')
    return row.indicators.find((result) => result.indicator.code === key.code)?.rate ?? null;
  return row[key.kind];
}

describe('ranking: rows ordered by any column and found by name, a page at a time', () => {
  let app: TestApp;
  let viewer: string;
  let campaignId: string;
  let indicatorCodes: string[];
  const p = 5;
  const all = new Map<string, Row[]>();

  const ranking = async (levelKey: string, parent: string | null = null) => {
    const result = await app.gql<{ ranking: { rows: Row[] } }>(ROWS, { c: campaignId, l: levelKey, p, parent }, viewer);
    expect(result.errors).toBeUndefined();
    return (result.data as { ranking: { rows: Row[] } }).ranking.rows;
  };
  const page = (levelKey: string, variables: Record<string, unknown>) =>
    app.gql<{ ranking: { rowsConnection: Connection } }>(PAGE, { c: campaignId, l: levelKey, p, ...variables }, viewer);
  interface Connection {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Row }[];
  }
  async function pageThrough(levelKey: string, first: number, view: Record<string, unknown>): Promise<Row[]> {
    const rows: Row[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await page(levelKey, { first, after, ...view });
      expect(result.errors).toBeUndefined();
      const connection = (result.data as { ranking: { rowsConnection: Connection } }).ranking.rowsConnection;
      rows.push(...connection.edges.map((edge) => edge.node));
      expect(connection.pageInfo.hasNextPage).toBe(rows.length < connection.totalCount);
      if (!connection.pageInfo.hasNextPage) return rows;
      after = connection.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    app = await startTestApp({ demo: 'full' });
    viewer = await app.loginAs('xem@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns ORDER BY created_at LIMIT 1'))[0].id;
    for (const levelKey of ['province', 'district', 'commune']) all.set(levelKey, await ranking(levelKey));
    indicatorCodes = (all.get('commune') as Row[])[0].indicators.map((result) => result.indicator.code);
  }, 120_000);
  afterAll(() => app.close());

  it('pages any order and search of a level whole: the rows of `rows` found and ordered by the domain', async () => {
    const units = [...all.values()].flat().map((row) => row.unit);
    // Words from real names without their marks, codes, parts of words, mixed case; and words matching nothing.
    const searchArb = fc.oneof(
      fc.constant(''),
      fc
        .constantFrom(...units)
        .map((unit) => unit.name.normalize('NFD').replace(/\p{M}/gu, '').split(' ').slice(-2).join(' ')),
      fc.constantFrom(...units).map((unit) => unit.code.slice(0, 3)),
      fc.constantFrom('XA', 'phuong', 'Đầm', 'tân  hưng', 'zzz', '%', '_', "'"),
    );
    const orderArb: fc.Arbitrary<OrderBy> = fc
      .record({
        by: fc.constantFrom('RANK', 'UNIT_NAME', 'SCORE', 'MOVEMENT', 'INDICATOR_RATE'),
        indicatorCode: fc.constantFrom(...indicatorCodes),
        descending: fc.boolean(),
      })
      .map((order) => (order.by === 'INDICATOR_RATE' ? order : { by: order.by, descending: order.descending }));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('province', 'district', 'commune'),
        orderArb,
        searchArb,
        fc.integer({ min: 1, max: 60 }),
        async (levelKey, orderBy, search, first) => {
          const rows = all.get(levelKey) as Row[];
          const found = rows.filter((row) => matchesSearch(search.trim(), row.unit.code, row.unit.name));
          const direction = orderBy.descending ? 'descending' : 'ascending';
          const expected = orderRows(found, { key: keyOf(orderBy), direction }, valueOf);
          expect(await pageThrough(levelKey, first, { orderBy, search })).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  }, 180_000);

  it('orders the rows under a parent unit too, their ranks those of the whole level', async () => {
    const [district] = await app.dataSource.query(
      `SELECT d.id FROM units d JOIN levels l ON l.id = d.level_id WHERE l.key = 'district' ORDER BY d.code LIMIT 1`,
    );
    const under = await ranking('commune', district.id);
    const orderBy: OrderBy = { by: 'UNIT_NAME', descending: true };
    const expected = orderRows(under, { key: { kind: 'unit' }, direction: 'descending' }, valueOf);
    expect(await pageThrough('commune', 7, { orderBy, parent: district.id })).toEqual(expected);
  });

  it('refuses an order or a search that does not fit, clearly (BAD_USER_INPUT), and answers no rows', async () => {
    for (const variables of [
      { orderBy: { by: 'INDICATOR_RATE' } },
      { orderBy: { by: 'INDICATOR_RATE', indicatorCode: 'NO_SUCH_INDICATOR' } },
      { orderBy: { by: 'SCORE', indicatorCode: indicatorCodes[0] } },
      { search: 'x'.repeat(101) },
    ]) {
      const result = await page('commune', { first: 5, ...variables });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/indicator|search/i);
      expect(result.data?.ranking ?? null).toBeNull();
    }
    for (const variables of [{ orderBy: { by: 'SIDEWAYS' } }, { orderBy: { descending: true } }, { search: 7 }]) {
      const result = await page('commune', { first: 5, ...variables });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('orders and finds by name a level larger than the statement reads with its units', async () => {
    // Units read bare by their level (RankingUnits.labels), not with the figures; names in no order of their codes.
    const size = UNITS_WITH_FIGURES_UP_TO + 1;
    const names = `(ARRAY['Xã Đông ', 'Xã Dương ', 'Phường ', 'xã Ân '])[1 + g % 4] || (g * 7919) % 1009`;
    await addLevelOfUnits(app, campaignId, 'big', size, names);
    all.set('big', await ranking('big'));
    expect(all.get('big')).toHaveLength(size);
    for (const [view, first] of [
      [{ orderBy: { by: 'UNIT_NAME' } }, 120],
      [{ orderBy: { by: 'UNIT_NAME', descending: true } }, 500],
      [{ search: 'xa dong 1' }, 40],
      [{ search: 'an', orderBy: { by: 'UNIT_NAME', descending: true } }, 500],
    ] as const) {
      const rows = all.get('big') as Row[];
      const orderBy = 'orderBy' in view ? (view.orderBy as OrderBy) : ({ by: 'RANK' } as OrderBy);
      const search = 'search' in view ? view.search : '';
      const found = rows.filter((row) => matchesSearch(search, row.unit.code, row.unit.name));
      const direction = orderBy.descending ? 'descending' : 'ascending';
      const expected = orderRows(found, { key: keyOf(orderBy), direction }, valueOf);
      expect(expected.length).toBeGreaterThan(1);
      expect(await pageThrough('big', first, view)).toEqual(expected);
    }
  }, 120_000);
});
