import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { isNonNullType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { startTestApp, type TestApp } from '../../test/harness';
import {
  DeepNesting,
  hostileValueFor,
  inputLeaves,
  plausibleValueFor,
  requestBody,
  withLeaf,
  type FuzzWorld,
  type InputLeaf,
} from '../../test/hostile-input';
import { declaredMaxLength } from '../foundation/graphql/input-limits';
import { createSchema } from './schema';

/** Mutations that end the caller's session: fuzzed last, each call with a fresh sign-in. */
const ENDS_SESSION = /logout|signout|sessions/i;
/** Tables a refused call may write on purpose (failed sign-ins are counted to throttle them). */
const WRITTEN_WHEN_REFUSED = /^(migrations|typeorm_metadata)$|login|throttle/i;

interface Answer {
  status: number;
  codes: string[];
  refused: boolean;
  userErrors: { code: string; field: string[] | null }[];
}

describe('hostile input to every mutation', () => {
  let app: TestApp;
  let admin: string;
  let schema: GraphQLSchema;
  let world: FuzzWorld;
  let tables: string[];
  let counts: string;
  const snapshot = async () =>
    JSON.stringify(
      await app.dataSource.query(
        tables.map((table) => `SELECT '${table}' AS t, count(*)::int AS n FROM "${table}"`).join(' UNION ALL '),
      ),
    );

  const post = async (body: string | Buffer, headers: Record<string, string>): Promise<Answer & { text: string }> => {
    const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body });
    const text = await response.text();
    let parsed: { data?: Record<string, { userErrors?: Answer['userErrors'] } | null>; errors?: unknown[] } = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: judged by its status alone
    }
    const codes = ((parsed.errors ?? []) as { extensions?: { code?: string } }[]).map(
      (error) => error.extensions?.code ?? 'NO_CODE',
    );
    const userErrors = Object.values(parsed.data ?? {}).flatMap((payload) => payload?.userErrors ?? []);
    return {
      status: response.status,
      codes,
      userErrors,
      refused: response.status >= 400 || codes.length > 0 || userErrors.length > 0,
      text,
    };
  };

  const callMutation = (field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>, token: string) => {
    const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const query = field.args.length
      ? `mutation(${declared}) { ${field.name}(${passed}) { __typename userErrors { code field } } }`
      : `mutation { ${field.name} { __typename userErrors { code field } } }`;
    return post(requestBody(query, variables), {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    });
  };

  /** Runs one call and says what went wrong with it, if anything: a 5xx, an internal error, a partial write. */
  const problemsOf = async <T extends Answer>(label: string, call: () => Promise<T>) => {
    const answer = await call();
    const problems: string[] = [];
    if (answer.status >= 500) problems.push(`${label}: HTTP ${answer.status}`);
    if (answer.codes.includes('INTERNAL_SERVER_ERROR')) problems.push(`${label}: INTERNAL_SERVER_ERROR`);
    const after = await snapshot();
    if (answer.refused && after !== counts) problems.push(`${label}: refused (${answer.codes}) but wrote`);
    counts = after;
    return { problems, answer };
  };

  beforeAll(async () => {
    app = await startTestApp();
    schema = await createSchema();
    const columns: { table_name: string; column_name: string; data_type: string; length: number | null }[] =
      await app.dataSource.query(
        `SELECT table_name, column_name, data_type, character_maximum_length AS length
         FROM information_schema.columns WHERE table_schema = 'public'`,
      );
    tables = [...new Set(columns.map((column) => column.table_name))].filter((t) => !WRITTEN_WHEN_REFUSED.test(t));
    const idTables = columns
      .filter((column) => column.column_name === 'id' && column.data_type === 'uuid')
      .map((column) => column.table_name);
    const ids: string[] = [];
    for (const table of idTables) {
      // Never the admins: disabling the caller would end the fuzz, not find a defect.
      const notAdmin = table === 'users' ? `WHERE role <> 'ADMIN'` : '';
      const rows: { id: string }[] = await app.dataSource.query(
        `SELECT id FROM "${table}" ${notAdmin} ORDER BY id LIMIT 2`,
      );
      ids.push(...rows.map((row) => row.id));
    }
    ids.push('00000000-0000-4000-8000-000000000000');
    const words: string[] = [];
    for (const { table_name, column_name } of columns.filter((column) => /^(key|code)$/.test(column.column_name))) {
      const rows: { word: string }[] = await app.dataSource.query(
        `SELECT DISTINCT "${column_name}"::text AS word FROM "${table_name}" ORDER BY 1 LIMIT 4`,
      );
      words.push(...rows.map((row) => row.word));
    }
    const columnLengths = [...new Set(columns.map((column) => column.length).filter((n): n is number => !!n))];
    world = { ids, words, columnLengths: columnLengths.sort((a, b) => a - b) };
  });
  afterAll(() => app.close());
  // A session of its own for each test (another may have ended every session of the admin: logout everywhere), and
  // the tables as they are now, its sign-in included.
  beforeEach(async () => {
    admin = await app.loginAs('admin@camau.demo');
    counts = await snapshot();
  });

  const mutationFields = () => Object.values(schema.getMutationType()?.getFields() ?? {});

  /** Plausible arguments with one leaf (or none, one call in five) replaced by a hostile value. */
  const casesFor = (field: GraphQLField<unknown, unknown>, numRuns: number, seed: number) => {
    const leaves = inputLeaves(field.args);
    const base = fc.record(
      Object.fromEntries(field.args.map((arg) => [arg.name, plausibleValueFor(arg.type, world)])),
      { requiredKeys: field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name) },
    );
    const hostileLeaf: fc.Arbitrary<{ leaf: InputLeaf; value: unknown } | null> = leaves.length
      ? fc.option(
          fc
            .constantFrom(...leaves)
            .chain((leaf) => hostileValueFor(leaf.type, world).map((value) => ({ leaf, value }))),
          { freq: 5 },
        )
      : fc.constant(null);
    return fc.sample(
      fc.tuple(base, hostileLeaf).map(([variables, hostile]) => ({
        variables: hostile ? withLeaf(variables, hostile.leaf.errorPath, hostile.value) : variables,
        label: hostile
          ? `${field.name} ${hostile.leaf.errorPath.join('.')}=${shown(hostile.value)}`
          : `${field.name} (plausible)`,
      })),
      { numRuns, seed },
    );
  };

  /** Plausible arguments only: the base a test changes one leaf of. */
  const plausibleCase = (field: GraphQLField<unknown, unknown>, seed: number): Record<string, unknown> => {
    const base = fc.record(
      Object.fromEntries(field.args.map((arg) => [arg.name, plausibleValueFor(arg.type, world, { everyField: true })])),
    );
    return fc.sample(base, { numRuns: 1, seed })[0];
  };

  it('derives the mutations from the schema and fuzzes every argument leaf of each', () => {
    const leaves = mutationFields().flatMap((field) => inputLeaves(field.args));
    expect(mutationFields().length).toBeGreaterThanOrEqual(30);
    expect(leaves.length).toBeGreaterThan(100);
  });

  it('answers no hostile argument of any mutation with a 5xx or internal error; a refusal writes nothing', async () => {
    const problems: string[] = [];
    for (const field of mutationFields().filter((field) => !ENDS_SESSION.test(field.name))) {
      const numRuns = Math.min(60, Math.max(20, 4 * inputLeaves(field.args).length));
      for (const { variables, label } of casesFor(field, numRuns, 20231))
        problems.push(...(await problemsOf(label, () => callMutation(field, variables, admin))).problems);
    }
    expect(problems).toEqual([]);
  }, 300_000);

  it('refuses text longer than allowed in any String field of any mutation, naming the field (TOO_LONG)', async () => {
    const problems: string[] = [];
    const tooLong = 'x'.repeat(Math.max(...world.columnLengths) + 1);
    for (const field of mutationFields().filter((field) => !ENDS_SESSION.test(field.name))) {
      const base = plausibleCase(field, 7);
      for (const leaf of inputLeaves(field.args).filter((leaf) => leaf.type.name === 'String')) {
        const max = leaf.parent ? declaredMaxLength(leaf.parent.typeName, leaf.parent.fieldName) : null;
        if (max === null) problems.push(`${field.name} ${leaf.errorPath.join('.')}: no maximum length declared`);
        if (max !== null && max >= 1_000_000) continue; // a file: bounded by the body limit (413), see below
        const value = max !== null && max >= tooLong.length ? 'x'.repeat(max + 1) : tooLong;
        const answer = await callMutation(field, withLeaf(base, leaf.errorPath, value), admin);
        const named = answer.userErrors.some(
          (error) => error.code === 'TOO_LONG' && error.field?.join('.') === leaf.errorPath.join('.'),
        );
        if (!named)
          problems.push(`${field.name} ${leaf.errorPath.join('.')}: ${answer.status} ${answer.text.slice(0, 200)}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('refuses an empty or malformed id in any ID argument of any mutation, naming the field (NOT_FOUND)', async () => {
    const problems: string[] = [];
    for (const field of mutationFields().filter((field) => !ENDS_SESSION.test(field.name))) {
      const base = plausibleCase(field, 11);
      for (const leaf of inputLeaves(field.args).filter((leaf) => leaf.type.name === 'ID')) {
        for (const id of ['', 'not-an-id']) {
          const answer = await callMutation(field, withLeaf(base, leaf.errorPath, id), admin);
          const named = answer.userErrors.some(
            (error) => error.code === 'NOT_FOUND' && error.field?.join('.') === leaf.errorPath.join('.'),
          );
          if (!named) problems.push(`${field.name} ${leaf.errorPath.join('.')}="${id}": ${answer.text.slice(0, 200)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('answers malformed Unicode, NUL and over-deep variables of any mutation with a 400 naming why', async () => {
    const problems: string[] = [];
    const hostile: [string, unknown][] = [
      ['MALFORMED_TEXT', '\ud800'],
      ['MALFORMED_TEXT', 'Cà Mau \ud83d'],
      ['MALFORMED_TEXT', '\udc00x'],
      ['NUL_CHARACTER', 'a\u0000b'],
      ['TOO_DEEP', new DeepNesting(100_000)],
    ];
    for (const field of mutationFields().filter((field) => !ENDS_SESSION.test(field.name))) {
      const base = plausibleCase(field, 13);
      for (const leaf of inputLeaves(field.args).filter((leaf) => leaf.type.name === 'String')) {
        for (const [reason, value] of hostile) {
          const answer = await callMutation(field, withLeaf(base, leaf.errorPath, value), admin);
          if (answer.status !== 400 || !answer.text.includes(reason))
            problems.push(
              `${field.name} ${leaf.errorPath.join('.')}=${shown(value)}: ${answer.status} ${answer.text.slice(0, 99)}`,
            );
        }
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('answers hostile request bodies with a 4xx, never a 5xx', async () => {
    const query = 'mutation($input: CreateLevelInput!) { createLevel(input: $input) { userErrors { code } } }';
    const valid = requestBody(query, { input: { key: 'fuzz', name: 'Fuzz', depth: 9 } });
    const json = { 'content-type': 'application/json', authorization: `Bearer ${admin}` };
    const generated = fc.sample(
      fc.oneof(
        fc.nat(valid.length - 1).map((end) => valid.slice(0, end)), // truncated
        fc.string({ unit: 'binary', maxLength: 200 }).filter((text) => !isJson(text)),
        fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)), // JSON, but not a request
      ),
      { numRuns: 80, seed: 5 },
    );
    const cases: { label: string; body: string | Buffer; headers: Record<string, string>; status: number[] }[] = [
      ...generated.map((body) => ({ label: `body ${shown(body)}`, body, headers: json, status: [400, 415] })),
      { label: 'invalid JSON', body: '{"query": ', headers: json, status: [400] },
      { label: 'NUL in JSON', body: '{"query": "\u0000"}', headers: json, status: [400] },
      { label: 'a JSON string', body: '"mutation { logout { ok } }"', headers: json, status: [400] },
      { label: 'null', body: 'null', headers: json, status: [400] },
      { label: 'empty batch', body: '[]', headers: json, status: [400] },
      { label: 'batch', body: `[${valid},${valid}]`, headers: json, status: [400] },
      {
        label: '7 MB body',
        body: requestBody(query, { input: { key: 'x'.repeat(7_000_000) } }),
        headers: json,
        status: [413],
      },
      {
        label: 'JSON 100.000 deep',
        body: requestBody(query, { input: new DeepNesting(100_000) }),
        headers: json,
        status: [400],
      },
      { label: 'text/plain', body: valid, headers: { ...json, 'content-type': 'text/plain' }, status: [400, 415] },
      {
        label: 'form',
        body: valid,
        headers: { ...json, 'content-type': 'application/x-www-form-urlencoded' },
        status: [400, 415],
      },
      { label: 'xml', body: valid, headers: { ...json, 'content-type': 'application/xml' }, status: [400, 415] },
      {
        label: 'charset',
        body: valid,
        headers: { ...json, 'content-type': 'application/json; charset=ibm-999' },
        status: [415],
      },
      { label: 'bad gzip', body: valid, headers: { ...json, 'content-encoding': 'gzip' }, status: [400] },
      {
        label: 'gzip bomb',
        body: gzipSync(Buffer.alloc(50_000_000, 32)),
        headers: { ...json, 'content-encoding': 'gzip' },
        status: [413],
      },
      { label: 'unknown encoding', body: valid, headers: { ...json, 'content-encoding': 'zstd2' }, status: [415] },
      {
        label: 'over the token limit',
        body: requestBody(`{ ${'levels { key } '.repeat(2_000)} }`, {}),
        headers: json,
        status: [400],
      },
      {
        label: 'lone surrogate in the query',
        body: requestBody('{ levels(x: "\ud800") { key } }', {}),
        headers: json,
        status: [400],
      },
    ];
    const problems: string[] = [];
    for (const { label, body, headers, status } of cases) {
      const { problems: found, answer } = await problemsOf(label, () => post(body, headers));
      problems.push(...found);
      if (!status.includes(answer.status)) problems.push(`${label}: HTTP ${answer.status}, wanted ${status}`);
      if (answer.status >= 400 && answer.status < 500 && !isGraphQLErrorShape(answer.text))
        problems.push(`${label}: ${answer.status} without a GraphQL error body (${answer.text.slice(0, 80)})`);
    }
    for (const length of [20_000, 100_000]) {
      const response = await fetch(`${app.url}/graphql?query=${'%7B'.repeat(length / 3)}`, { headers: json });
      if (response.status < 400 || response.status >= 500) problems.push(`GET of ${length}: HTTP ${response.status}`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('answers hostile calls of the mutations that end a session, run last, without an internal error', async () => {
    const problems: string[] = [];
    for (const field of mutationFields().filter((field) => ENDS_SESSION.test(field.name))) {
      for (const { variables, label } of casesFor(field, 8, 3)) {
        const token = await app.loginAs('admin@camau.demo');
        counts = await snapshot(); // the sign-in's own session
        problems.push(...(await problemsOf(label, () => callMutation(field, variables, token))).problems);
      }
    }
    expect(problems).toEqual([]);
  }, 60_000);
});

function shown(value: unknown): string {
  const text = value instanceof DeepNesting ? `<nested ${value.depth} deep>` : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 40)}…(${text.length} chars)` : text;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isGraphQLErrorShape(text: string): boolean {
  try {
    const body = JSON.parse(text) as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
    return !!body.errors?.length && body.errors.every((error) => typeof error.message === 'string');
  } catch {
    return false;
  }
}
