import fc from 'fast-check';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { startTestApp, type TestApp } from '../../test/harness';
import { createSchema } from './schema';

/** Text an attacker or a careless client might send. */
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    "'; DROP TABLE units; --",
    '<script>alert(1)</script>',
    '=HYPERLINK("http://x")',
    '\u0000\u202e\ufeff',
    'Ｃà Ｍau 🏛️',
    ' ',
    '',
    '../../etc/passwd',
    '{"var": "score"}',
  ),
  fc.constant('x'.repeat(100_000)),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, 2 ** 31 - 1, -(2 ** 31), 1e15, 0.5),
);

/** Values of the right GraphQL type (so they pass the protocol) but otherwise anything. */
function arbitraryFor(type: GraphQLInputType, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryFor(type.ofType, ids, depth);
  if (isListType(type))
    return depth > 2 ? fc.constant([]) : fc.array(arbitraryFor(type.ofType, ids, depth + 1), { maxLength: 4 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.value));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(
      Object.fromEntries(fields.map((field) => [field.name, arbitraryFor(field.type, ids, depth + 1)])),
      {
        requiredKeys: fields.filter((field) => isNonNullType(field.type)).map((field) => field.name),
      },
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 4 }, { arbitrary: hostileText, weight: 1 });
      case 'Int':
        return fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
      case 'Float':
        return hostileNumber;
      case 'Boolean':
        return fc.boolean();
      case 'Date':
        return fc
          .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10));
      case 'DateTime':
        return fc
          .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString());
      case 'JSON':
        return fc.jsonValue({ maxDepth: 3 });
      default:
        // Half plausible words (so that calls get past the first checks), half hostile text.
        return fc.oneof(
          fc.constantFrom(
            'campaign',
            'plan-2023',
            'district',
            'commune',
            'ONLINE_RESOLUTION',
            'DIGITIZATION',
            'ONLINE_PAYMENT',
            '970',
            'read:units',
          ),
          hostileText,
        );
    }
  }
  throw new Error(`no arbitrary for ${String(type)}`);
}

const TABLES = [
  'levels',
  'units',
  'users',
  'indicators',
  'campaigns',
  'campaign_indicators',
  'campaign_levels',
  'target_sets',
  'targets',
  'reports',
  'report_values',
  'rules',
  'reviews',
  'proposals',
  'api_tokens',
];

describe('hostile input to every mutation', () => {
  let app: TestApp;
  let admin: string;
  let schema: GraphQLSchema;
  let ids: string[];
  const snapshot = async () =>
    (await app.dataSource.query(
      TABLES.map((table) => `SELECT '${table}' AS t, count(*)::int AS n FROM ${table}`).join(' UNION ALL '),
    )) as { t: string; n: number }[];

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.loginAs('admin@camau.demo');
    schema = await createSchema();
    ids = [
      ...(await app.dataSource.query('SELECT id FROM units ORDER BY code LIMIT 3')).map((r: { id: string }) => r.id),
      (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id,
      (await app.dataSource.query('SELECT id FROM target_sets LIMIT 1'))[0].id,
      '00000000-0000-4000-8000-000000000000',
    ];
  });
  afterAll(() => app.close());

  const mutations = [
    'createLevel',
    'createUnit',
    'updateUnit',
    'archiveUnit',
    'importUnits',
    'createIndicator',
    'updateIndicator',
    'createCampaign',
    'updateCampaign',
    'createTargetSet',
    'updateTargetSet',
    'setTargets',
    'submitReport',
    'importReports',
    'createRule',
    'updateRule',
    'createReview',
    'addProposal',
    'decideProposal',
    'finalizeReview',
    'createUser',
    'updateUser',
    'createApiToken',
    'revokeApiToken',
    'login',
  ];

  it.each(mutations)(
    '%s: never an internal error, and a refused call writes nothing',
    async (name) => {
      const field = schema.getMutationType()?.getFields()[name];
      if (!field) throw new Error(`no mutation ${name}`);
      const input = field.args.find((arg) => arg.name === 'input');
      const query = `mutation($input: ${String(input?.type)}) { ${name}(input: $input) { userErrors { code } } }`;
      await fc.assert(
        fc.asyncProperty(arbitraryFor(input?.type as GraphQLInputType, ids), async (value) => {
          const before = await snapshot();
          const result = await app.gql(query, { input: value }, admin);
          const codes = (result.errors ?? []).map((error) => error.extensions?.code);
          expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
          if (result.data?.[name]?.userErrors?.length || result.errors?.length)
            expect(await snapshot()).toEqual(before);
        }),
        { numRuns: 25, seed: 20231 },
      );
    },
    120_000,
  );
});
