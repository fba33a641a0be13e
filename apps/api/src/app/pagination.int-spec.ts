import { isObjectType, type GraphQLSchema } from 'graphql';
import { startTestApp, type TestApp } from '../../test/harness';
import { MAX_PAGE_SIZE } from '../foundation/graphql/connection';
import { createSchema } from './schema';

const PAGE = `{ totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } }`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: { cursor: string }[];
}

interface Case {
  /** The connection type the case reads. */
  type: string;
  query: string;
  /** Where the connection is in the answer's data. */
  path: string[];
}

const ARGS = 'first: $first, after: $after';

/** One case per connection field; every connection type of the schema must have one. */
function cases(): Record<string, Case> {
  const op = (body: string) => {
    const ids = ['campaignId', 'unitId', 'endpointId']
      .filter((id) => body.includes(`$${id}`))
      .map((id) => `, $${id}: ID!`);
    return `query($first: Int, $after: String${ids.join('')}) { ${body} }`;
  };
  return {
    'Query.units': { type: 'UnitConnection', query: op(`units(${ARGS}) ${PAGE}`), path: ['units'] },
    'Unit.children': {
      type: 'UnitConnection',
      query: op(`unit(id: $unitId) { children(${ARGS}) ${PAGE} }`),
      path: ['unit', 'children'],
    },
    'Viewer.writableUnits': {
      type: 'UnitConnection',
      query: op(`viewer { writableUnits(${ARGS}) ${PAGE} }`),
      path: ['viewer', 'writableUnits'],
    },
    'Query.campaigns': { type: 'CampaignConnection', query: op(`campaigns(${ARGS}) ${PAGE}`), path: ['campaigns'] },
    'Campaign.targetChanges': {
      type: 'TargetChangeConnection',
      query: op(`campaign(id: $campaignId) { targetChanges(${ARGS}) ${PAGE} }`),
      path: ['campaign', 'targetChanges'],
    },
    'Query.reports': {
      type: 'ReportConnection',
      query: op(`reports(campaignId: $campaignId, ${ARGS}) ${PAGE}`),
      path: ['reports'],
    },
    'Query.reports by last change': {
      type: 'ReportConnection',
      query: op(`reports(campaignId: $campaignId, orderBy: UPDATED_AT, ${ARGS}) ${PAGE}`),
      path: ['reports'],
    },
    'Query.units by last change': {
      type: 'UnitConnection',
      query: op(`units(orderBy: UPDATED_AT, ${ARGS}) ${PAGE}`),
      path: ['units'],
    },
    'Ranking.rowsConnection': {
      type: 'RankingRowConnection',
      query: op(`ranking(campaignId: $campaignId, levelKey: "commune") { rowsConnection(${ARGS}) ${PAGE} }`),
      path: ['ranking', 'rowsConnection'],
    },
    'Query.users': { type: 'UserConnection', query: op(`users(${ARGS}) ${PAGE}`), path: ['users'] },
    'Query.auditEntries': {
      type: 'AuditEntryConnection',
      query: op(`auditEntries(${ARGS}) ${PAGE}`),
      path: ['auditEntries'],
    },
    'Query.notifications': {
      type: 'NotificationConnection',
      query: op(`notifications(${ARGS}) ${PAGE}`),
      path: ['notifications'],
    },
    'WebhookEndpoint.deliveries': {
      type: 'WebhookDeliveryConnection',
      query: op(`webhookEndpoint(id: $endpointId) { deliveries(${ARGS}) ${PAGE} }`),
      path: ['webhookEndpoint', 'deliveries'],
    },
  };
}

const ALL = cases();
const NAMES = Object.keys(ALL);

/**
 * Every connection answers `first` ∈ {0, 1, max, max + 1, negative} alike, and a naive client that pages on with
 * `after: endCursor` while `hasNextPage` is true reads every row once and stops.
 */
describe('pagination across the connections', () => {
  let app: TestApp;
  let admin: string;
  let schema: GraphQLSchema;
  let variables: Record<string, string>;

  beforeAll(async () => {
    app = await startTestApp();
    schema = await createSchema();
    admin = await app.loginAs('admin@camau.demo');
    const [{ id: campaignId }] = await app.dataSource.query('SELECT id FROM campaigns ORDER BY created_at, id LIMIT 1');
    const [{ id: unitId }] = await app.dataSource.query("SELECT id FROM units WHERE code = '970'");
    // Three notifications, and an endpoint with three deliveries (none sent: no job queue runs here).
    await app.dataSource.query(
      `INSERT INTO notifications (user_id, kind, title, body)
       SELECT id, 'REMINDER', '{"en":"t","vi":"t"}', '{"en":"b","vi":"b"}' FROM users, generate_series(1, 3)
       WHERE email = 'admin@camau.demo'`,
    );
    const [{ id: endpointId }] = await app.dataSource.query(
      `INSERT INTO webhook_endpoints (url, event_types, secret) VALUES ('https://hooks.example.org/', '{unit.changed}', 'whsec_AA==')
       RETURNING id`,
    );
    await app.dataSource.query(
      `WITH events AS (INSERT INTO outbox_events (type, data) SELECT 'unit.changed', '{}' FROM generate_series(1, 3) RETURNING id)
       INSERT INTO webhook_deliveries (endpoint_id, event_id) SELECT $1, id FROM events`,
      [endpointId],
    );
    variables = { campaignId, unitId, endpointId };
    // A few reports (and audit entries), so that no connection is empty.
    const children: { id: string }[] = await app.dataSource.query(
      'SELECT id FROM units WHERE parent_id = $1 AND archived_at IS NULL ORDER BY code LIMIT 3',
      [unitId],
    );
    const values = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'].map((indicatorCode) => ({
      indicatorCode,
      numerator: 1,
      denominator: 2,
    }));
    for (const unit of [{ id: unitId }, ...children]) {
      const submitted = await app.gql(
        `mutation($input: SubmitReportInput!) { submitReport(input: $input) { userErrors { code } } }`,
        { input: { campaignId, unitId: unit.id, period: 1, values } },
        admin,
      );
      expect(submitted.data?.submitReport.userErrors).toEqual([]);
    }
  });
  afterAll(() => app.close());

  const page = async (name: string, first: number | null, after?: string | null) => {
    const result = await app.gql(ALL[name].query, { ...variables, first, after }, admin);
    const found = ALL[name].path.reduce<unknown>((data, key) => (data as Record<string, unknown>)?.[key], result.data);
    return { errors: result.errors, page: result.errors ? null : (found as Page) };
  };

  it('has a case for every connection type of the schema', () => {
    const connectionTypes = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && type.name.endsWith('Connection'))
      .map((type) => type.name);
    expect([...new Set(Object.values(ALL).map((c) => c.type))].sort()).toEqual(connectionTypes.sort());
  });

  it.each(NAMES)('%s: first 0 answers an empty page that says whether rows lie after it', async (name) => {
    const { page: empty } = await page(name, 0);
    const total = empty?.totalCount ?? -1;
    expect(total).toBeGreaterThanOrEqual(0);
    expect(empty).toEqual({
      totalCount: total,
      edges: [],
      pageInfo: { hasNextPage: total > 0, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
    if (total === 0) return;
    const { page: one } = await page(name, 1);
    const afterFirst = await page(name, 0, one?.pageInfo.endCursor);
    expect(afterFirst.page?.edges).toEqual([]);
    expect(afterFirst.page?.pageInfo).toEqual({
      hasNextPage: total > 1,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
  });

  it.each(NAMES)('%s: first 1 and first max answer that many rows at most, with cursors', async (name) => {
    for (const first of [1, MAX_PAGE_SIZE]) {
      const { page: answer } = await page(name, first);
      const total = answer?.totalCount ?? -1;
      expect(answer?.edges).toHaveLength(Math.min(first, total));
      expect(answer?.pageInfo).toEqual({
        hasNextPage: total > first,
        hasPreviousPage: false,
        startCursor: answer?.edges[0]?.cursor ?? null,
        endCursor: answer?.edges[answer.edges.length - 1]?.cursor ?? null,
      });
    }
  });

  it.each(NAMES)('%s: first max + 1 and a negative first are BAD_USER_INPUT', async (name) => {
    for (const first of [MAX_PAGE_SIZE + 1, -1, -MAX_PAGE_SIZE]) {
      const { errors } = await page(name, first);
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it.each(NAMES)('%s: a naive client reads every row once and stops', async (name) => {
    const total = (await page(name, 0)).page?.totalCount ?? -1;
    const size = Math.max(1, Math.ceil(total / 4));
    const cursors: string[] = [];
    let after: string | null = null;
    let last: Page | null = null;
    for (let request = 0; request < 10; request++) {
      last = (await page(name, size, after)).page;
      cursors.push(...(last?.edges.map((edge) => edge.cursor) ?? []));
      if (!last?.pageInfo.hasNextPage) break;
      after = last.pageInfo.endCursor;
      expect(after).not.toBeNull();
    }
    expect(last?.pageInfo.hasNextPage).toBe(false);
    expect(cursors).toHaveLength(total);
    expect(new Set(cursors).size).toBe(total);
    if (!last?.pageInfo.endCursor) return;
    const beyond = (await page(name, 1, last.pageInfo.endCursor)).page;
    expect(beyond?.edges).toEqual([]);
    expect(beyond?.pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
  });
});
