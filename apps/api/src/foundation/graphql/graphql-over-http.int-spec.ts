import { auditServer, type AuditResult } from 'graphql-http';
import { startTestApp, type TestApp } from '../../../test/harness';

/**
 * GraphQL over HTTP (graphql-http's audits of the spec): every MUST holds, and the SHOULDs we keep are listed here.
 * The audits' requests go out as a client of this API sends them: with a bearer token (introspection is for callers
 * only) and, on a GET, `apollo-require-preflight` (Apollo's CSRF prevention refuses a GET that a plain HTML form or
 * image could send).
 */
describe('GraphQL over HTTP', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.loginAs('xem@camau.demo');
  });
  afterAll(() => app.close());

  const asClient =
    (bearer: string | null, preflight: boolean): typeof fetch =>
    (input, init) => {
      const headers = new Headers(init?.headers);
      if (bearer) headers.set('authorization', `Bearer ${bearer}`);
      if (preflight && (init?.method ?? 'GET') === 'GET') headers.set('apollo-require-preflight', 'true');
      return fetch(input, { ...init, headers });
    };
  const audit = async (fetchFn: typeof fetch) => {
    const results = await auditServer({ url: `${app.url}/graphql`, fetchFn });
    const named = (status: AuditResult['status']) =>
      results
        .filter((result) => result.status === status)
        .map((result) => ('reason' in result ? `${result.name}: ${result.reason}` : result.name));
    return { total: results.length, ok: named('ok'), warnings: named('warn'), errors: named('error') };
  };

  it('passes every MUST and every SHOULD of the audit, as a client of this API', async () => {
    const { total, ok, warnings, errors } = await audit(asClient(token, true));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(ok).toHaveLength(total);
  });

  it('fails a bare caller (no token) only where the audit introspects: the schema is for callers only', async () => {
    const { errors, warnings } = await audit(asClient(null, false));
    // Each of these asks `__type(name: …)`, answered 401 UNAUTHENTICATED to an anonymous caller (limits.ts).
    const refused = 'Response status code is not 200';
    expect({ errors, warnings }).toEqual({
      errors: [
        `MUST accept utf-8 encoded request: ${refused}`,
        `MUST allow map {variables} parameter when accepting application/json: ${refused}`,
      ],
      warnings: [`SHOULD allow map {variables} parameter when accepting application/graphql-response+json: ${refused}`],
    });
  });

  const post = (body: string, accept?: string, bearer: string | null = token) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(accept ? { accept } : {}),
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body,
    });
  const RESPONSE = 'application/graphql-response+json';
  interface Answer {
    data?: unknown;
    errors: { extensions: { code: string } }[];
  }
  const answerOf = async (response: Response) => (await response.json()) as Answer;

  it('answers a request error 400 as application/graphql-response+json, never 500, and no data', async () => {
    for (const [body, code] of [
      [JSON.stringify({ query: '{ levels { key }' }), 'GRAPHQL_PARSE_FAILED'],
      [JSON.stringify({ query: '{ nope }' }), 'GRAPHQL_VALIDATION_FAILED'],
      [
        JSON.stringify({ query: `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
        'GRAPHQL_VALIDATION_FAILED',
      ],
      ['{ "query": ', 'BAD_REQUEST'],
      [JSON.stringify({ query: '{ __typename }', variables: 'x' }), 'BAD_REQUEST'],
    ]) {
      const response = await post(body, RESPONSE);
      expect([body, response.status]).toEqual([body, 400]);
      expect(response.headers.get('content-type')).toContain(RESPONSE);
      const answer = await answerOf(response);
      expect(answer.data).toBeUndefined();
      expect(answer.errors[0].extensions.code).toBe(code);
    }
  });

  it('answers request errors 200 to a caller asking for application/json, 400 to one naming none', async () => {
    const syntax = JSON.stringify({ query: '{ levels { key }' });
    const legacy = await post(syntax, 'application/json');
    expect(legacy.status).toBe(200);
    expect(legacy.headers.get('content-type')).toContain('application/json');
    expect((await answerOf(legacy)).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect((await post(syntax)).status).toBe(400); // fetch sends */*: the statuses of before
    // A body that is not JSON is no GraphQL request at all: 400 for every caller.
    expect((await post('{ "query": ', 'application/json')).status).toBe(400);
    expect((await post(JSON.stringify({ query: '{ __typename }', variables: 'x' }), 'application/json')).status).toBe(
      400,
    );
    const coercion = JSON.stringify({ query: 'query($id: ID!) { __typename }', variables: { id: null } });
    expect((await post(coercion, 'application/json')).status).toBe(200);
    expect((await post(coercion, RESPONSE)).status).toBe(400);
  });

  it('answers a caller refused as a whole 401, a field refused 200 with the error beside the data', async () => {
    const introspection = await post(JSON.stringify({ query: '{ __schema { queryType { name } } }' }), RESPONSE, null);
    expect(introspection.status).toBe(401);
    expect((await answerOf(introspection)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const field = await post(JSON.stringify({ query: '{ me { email } }' }), RESPONSE, null);
    expect(field.status).toBe(200);
    const answer = await answerOf(field);
    expect(answer.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(answer).toHaveProperty('data');
  });
});
