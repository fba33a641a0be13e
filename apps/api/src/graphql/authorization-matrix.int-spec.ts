import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { startTestApp, type TestApp } from '../../test/harness';
import { createSchema } from './schema';

type Caller =
  | 'ADMIN'
  | 'BOARD'
  | 'REPORTER'
  | 'VIEWER'
  | 'read:units'
  | 'read:reports'
  | 'read:rankings'
  | 'write:reports'
  | 'none';
const CALLERS: Caller[] = [
  'ADMIN',
  'BOARD',
  'REPORTER',
  'VIEWER',
  'read:units',
  'read:reports',
  'read:rankings',
  'write:reports',
  'none',
];

const USERS: Caller[] = ['ADMIN', 'BOARD', 'REPORTER', 'VIEWER'];
const ADMIN: Caller[] = ['ADMIN'];
const BOARD: Caller[] = ['ADMIN', 'BOARD'];
const reads = (...scopes: Caller[]): Caller[] => [...USERS, ...scopes];

/**
 * Who may call what. Every query and mutation of the schema must be listed: a new resolver without an entry fails
 * this test. Arguments are placeholders (an unknown id, "x"), so a REPORTER's submitReport is for a unit outside its
 * subtree and is refused; its own-subtree case is tested in reports.int-spec.ts.
 */
const MATRIX: Record<string, Caller[]> = {
  // queries
  apiTokens: ADMIN,
  auditEntries: ADMIN,
  campaign: reads('read:reports', 'read:rankings'),
  campaignRecordFeeds: ADMIN,
  campaigns: reads('read:reports', 'read:rankings'),
  indicatorRecordRules: ADMIN,
  indicators: reads('read:reports', 'read:rankings'),
  levels: reads('read:units', 'read:reports', 'read:rankings'),
  me: USERS,
  previewRules: BOARD,
  ranking: reads('read:rankings'),
  reportStatusBoard: reads('read:reports'),
  reports: reads('read:reports'),
  review: reads('read:rankings'),
  reviews: reads('read:rankings'),
  rules: reads('read:rankings'),
  summary: reads('read:rankings'),
  unit: reads('read:units', 'read:reports', 'read:rankings'),
  units: reads('read:units', 'read:reports', 'read:rankings'),
  users: ADMIN,
  weeklyReport: ['ADMIN', 'BOARD', 'VIEWER', 'read:rankings'],
  // mutations
  addProposal: BOARD,
  archiveUnit: ADMIN,
  createApiToken: ADMIN,
  createCampaign: ADMIN,
  createIndicator: ADMIN,
  createLevel: ADMIN,
  createReview: BOARD,
  createRule: ADMIN,
  createTargetSet: ADMIN,
  createUnit: ADMIN,
  createUser: ADMIN,
  decideProposal: BOARD,
  finalizeReview: BOARD,
  importReports: ADMIN,
  importUnits: ADMIN,
  login: CALLERS,
  logout: USERS,
  recomputeRecordFigures: ADMIN,
  revokeApiToken: ADMIN,
  setCampaignRecordFeeds: ADMIN,
  setIndicatorRecordRule: ADMIN,
  setTargets: ADMIN,
  submitReport: ['ADMIN', 'write:reports'],
  updateCampaign: ADMIN,
  updateIndicator: ADMIN,
  updateRule: ADMIN,
  updateTargetSet: ADMIN,
  updateUnit: ADMIN,
  updateUser: ADMIN,
};

const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';

function placeholder(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return placeholder(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields()))
      if (isNonNullType(field.type)) value[field.name] = placeholder(field.type);
    return value;
  }
  if (isScalarType(type)) {
    const scalars: Record<string, unknown> = {
      ID: PLACEHOLDER_ID,
      String: 'x',
      Int: 1,
      Float: 1,
      Boolean: true,
      Date: '2023-03-01',
      DateTime: '2023-03-01T00:00:00Z',
      JSON: true,
    };
    return scalars[type.name];
  }
  throw new Error(`no placeholder for ${String(type)}`);
}

/** One operation with every required argument filled with a placeholder, selecting only __typename. */
function operationFor(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type));
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection =
    isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, placeholder(arg.type)])),
  };
}

describe('the authorization matrix', () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  const tokens = new Map<Caller, string | undefined>();

  beforeAll(async () => {
    app = await startTestApp();
    schema = await createSchema();
    const admin = await app.loginAs('admin@camau.demo');
    tokens.set('ADMIN', admin);
    tokens.set('BOARD', await app.loginAs('hoidong@camau.demo'));
    tokens.set('REPORTER', await app.loginAs('baocao@camau.demo'));
    tokens.set('VIEWER', await app.loginAs('xem@camau.demo'));
    for (const scope of ['read:units', 'read:reports', 'read:rankings', 'write:reports'] as const) {
      const created = await app.gql(
        `mutation($s: [String!]!) { createApiToken(input: {name: "matrix", scopes: $s}) { token } }`,
        { s: [scope] },
        admin,
      );
      tokens.set(scope, created.data?.createApiToken.token);
    }
    tokens.set('none', undefined);
  });
  afterAll(() => app.close());

  it('lists every query and mutation of the schema, and only those', () => {
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
    ];
    expect(operations.sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it.each(CALLERS)(
    'lets %s call exactly what the matrix allows',
    async (caller) => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      const fields = [
        ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ['query', field] as const),
        ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ['mutation', field] as const),
      ].sort(([, a], [, b]) => Number(a.name === 'logout') - Number(b.name === 'logout')); // logout ends the session: last
      for (const [kind, field] of fields) {
        const { query, variables } = operationFor(kind, field);
        const result = await app.gql(query, variables, tokens.get(caller));
        const code = result.errors?.[0]?.extensions?.code;
        outcomes.push(`${field.name}: ${code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' ? code : 'allowed'}`);
        const allowed = MATRIX[field.name]?.includes(caller);
        expected.push(`${field.name}: ${allowed ? 'allowed' : caller === 'none' ? 'UNAUTHENTICATED' : 'FORBIDDEN'}`);
      }
      expect(outcomes).toEqual(expected);
    },
    120_000,
  );
});
