import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../test/harness';
import { LIMITS } from '../foundation/graphql/limits';

describe('limits for other apps', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.loginAs('xem@camau.demo');
  });
  afterAll(() => app.close());

  it('refuses an over-deep query in milliseconds, saying which limit it hit', async () => {
    const deep = `{ units(first: 1) { edges { node { ${'parent { '.repeat(14)}id${' }'.repeat(14)} } } } }`;
    const started = Date.now();
    const result = await app.gql(deep, {}, token);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.errors?.[0].message).toMatch(/depth/i);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: levels { key }`).join(' ');
    const result = await app.gql(`{ ${aliases} }`, {}, token);
    expect(result.errors?.[0].message).toMatch(/alias/i);
  });

  it('counts `__typename` aliases like any other', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `t${i}: __typename`).join(' ');
    const result = await app.gql(`{ ${aliases} }`, {}, token);
    expect(result.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses a batch of operations', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ levels { key } }' }, { query: '{ levels { key } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('describes the schema to signed-in callers only', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await app.gql(query)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(query, {}, token)).data?.__schema.queryType.name).toBe('Query');
  });

  it('refuses a GET mutation-free request without a CSRF-safe header, and sends security headers', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ levels { key } }')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(400);
    const ok = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ levels { key } }')}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('no single request stalls the server', () => {
  let app: TestApp;
  let admin: string;
  let board: string;
  let campaignId: string;
  const WEEKLY = `weeklyReport(campaignId: $c) { summary { unitCount indicators { rate } }
    levels { rows { rank score unit { code name } indicators { indicator { code } rate } reports { late } } }
    lateUnits { unit { code } } missingUnits { unit { code } } zeroRateUnits { unit { code } } }`;
  const PREVIEW = `query($c: ID!, $rules: [RuleDraftInput!]) {
    previewRules(campaignId: $c, rules: $rules) { ruleCode } }`;
  const CREATE_RULE = `mutation($input: CreateRuleInput!) {
    createRule(input: $input) { rule { id } userErrors { code field message } } }`;
  const draft = (condition: unknown, code = 'PROBE') => ({
    code,
    name: 'Probe',
    outcome: 'COMMENDATION',
    form: 'Biểu dương',
    priority: 1,
    condition,
  });
  const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const result = await run();
    return [result, performance.now() - started];
  };

  beforeAll(async () => {
    app = await startTestApp({ demo: 'full' });
    admin = await app.loginAs('admin@camau.demo');
    board = await app.loginAs('hoidong@camau.demo');
    campaignId = (await app.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id;
  }, 180_000);
  afterAll(() => app.close());

  it('refuses 20 aliased weeklyReports (5 s on the probe) in milliseconds, naming the cost limit', async () => {
    const query = `query($c: ID!) { ${Array.from({ length: 20 }, (_, i) => `w${i}: ${WEEKLY}`).join(' ')} }`;
    const [result, ms] = await timed(() => app.gql(query, { c: campaignId }, admin));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toMatch(/^Query cost limit of 50000 exceeded, found \d+/);
    expect(ms).toBeLessThan(1000);
  });

  it('answers two weeklyReports in one request (the costliest kind allowed)', async () => {
    const result = await app.gql(`query($c: ID!) { a: ${WEEKLY} b: ${WEEKLY} }`, { c: campaignId }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data?.a.levels.length).toBeGreaterThan(0);
  });

  it('answers the documented largest page: 500 reports with their revisions', async () => {
    const query = `query($c: ID!) { reports(campaignId: $c, first: 500) { totalCount edges { node {
      id period { index } unit { code name } values { numerator denominator }
      revisions { revision submittedAt newValues { numerator } previousValues { numerator }
      submittedBy { name } } } } } }`;
    const result = await app.gql(query, { c: campaignId }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data?.reports.edges).toHaveLength(500);
  });

  it('refuses the probe, 600 characters of nested maps (16 s), in previewRules naming the limit', async () => {
    const list = Array.from({ length: 12 }, (_, i) => i);
    let body: unknown = { '>': [{ var: '' }, 5] };
    for (let level = 0; level < 4; level++) body = { some: [list, { map: [list, body] }] };
    const condition = { and: [{ var: 'allTargetsMet' }, { map: [list, body] }] };
    const [result, ms] = await timed(() => app.gql(PREVIEW, { c: campaignId, rules: [draft(condition)] }, board));
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(
      /^rules\.0\.condition\.and\.1\.map\.1\.some\.1\.map: .*at most 2 levels/,
    );
    expect(ms).toBeLessThan(1000);
  });

  it('any nest of list operators: createRule and previewRules refuse it naming a limit, or answer in 3 s', async () => {
    const operator = fc.constantFrom('map', 'filter', 'all', 'some', 'none');
    const nested = fc
      .array(fc.tuple(operator, fc.integer({ min: 0, max: 120 })), { minLength: 1, maxLength: 4 })
      .map((levels) =>
        levels.reduce<unknown>((body, [name, length]) => ({ [name]: [Array.from({ length }, (_, i) => i), body] }), {
          '>': [{ var: '' }, 5],
        }),
      );
    const rulesBefore = await app.dataSource.query('SELECT count(*)::int AS n FROM rules');
    await fc.assert(
      fc.asyncProperty(nested, fc.integer({ min: 1, max: 8 }), async (condition, copies) => {
        const rules = Array.from({ length: copies }, (_, i) => draft(condition, `R${i}`));
        const [preview, ms] = await timed(() => app.gql(PREVIEW, { c: campaignId, rules }, board));
        if (preview.errors) {
          expect(preview.errors[0].extensions?.code).toBe('BAD_USER_INPUT');
          expect(preview.errors[0].message).toMatch(/^rules(\.\d+\.condition[.\w]*)?: .*at most [\d,]+/);
        }
        expect(ms).toBeLessThan(3000);
        const created = await app.gql(
          CREATE_RULE,
          { input: { ...draft(condition), campaignId, enabled: false } },
          admin,
        );
        const errors = created.data?.createRule.userErrors ?? [];
        if (errors.length) {
          expect(errors[0].code).toBe('CONDITION_TOO_COSTLY');
          expect(errors[0].field.slice(0, 2)).toEqual(['input', 'condition']);
          expect(errors[0].message).toMatch(/at most [\d,]+/);
        } else {
          await app.dataSource.query('DELETE FROM rules WHERE id = $1', [created.data?.createRule.rule.id]);
        }
      }),
      { numRuns: 12 },
    );
    expect(await app.dataSource.query('SELECT count(*)::int AS n FROM rules')).toEqual(rulesBefore);
  }, 120_000);

  it('createRule refuses enabled rules whose work on every unit of the campaign is over 5 million steps', async () => {
    const list = Array.from({ length: 40 }, (_, i) => i);
    const condition = { some: [list, { some: [list, { '==': [{ var: '' }, 7] }] }] };
    const codes: string[] = [];
    let refused: { code: string; field: string[]; message: string } | undefined;
    for (let i = 0; i < 10 && !refused; i++) {
      const result = await app.gql(CREATE_RULE, { input: { ...draft(condition, `HEAVY_${i}`), campaignId } }, admin);
      refused = result.data?.createRule.userErrors[0];
      if (!refused) codes.push(`HEAVY_${i}`);
    }
    expect(refused).toMatchObject({ code: 'CONDITION_TOO_COSTLY', field: ['input', 'condition'] });
    expect(refused?.message).toMatch(/units could take [\d,]+ steps .*at most 5,000,000 are allowed/);
    expect(codes.length).toBeGreaterThan(0);
    await app.dataSource.query('DELETE FROM rules WHERE code = ANY($1)', [codes]);
  });
});
