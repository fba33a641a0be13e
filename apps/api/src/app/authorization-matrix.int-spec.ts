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
import type express from 'express';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import { startTestApp, type TestApp } from '../../test/harness';
import { HTTP_ROUTES } from './http-routes';
import { CALLERS, HTTP_MATRIX, MATRIX, type Caller } from './authorization-matrix';
import { createServer } from './server';
import { createSchema } from './schema';

const USER_EMAILS: [Caller, string][] = [
  ['ADMIN', 'admin@camau.demo'],
  ['BOARD', 'hoidong@camau.demo'],
  ['REPORTER', 'baocao@camau.demo'],
  ['VIEWER', 'xem@camau.demo'],
];
const BAD_INPUT = 'campaignId=x&levelKey=&period=-1&reviewId=x&format=pdf';

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
  kind: 'query' | 'mutation' | 'subscription',
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
    for (const [caller, email] of USER_EMAILS) tokens.set(caller, await app.loginAs(email));
    const admin = tokens.get('ADMIN');
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

  it('lets an anonymous caller reach only the sign-in and the public scoreboard', () => {
    const open = [...Object.entries(MATRIX), ...Object.entries(HTTP_MATRIX)]
      .filter(([, callers]) => callers.includes('none'))
      .map(([name]) => name);
    expect(open.sort()).toEqual(
      ['GET /public/scoreboards/:slug', 'GET /public/scoreboards/:slug/units/:unitId', 'login'].sort(),
    );
  });

  it('lists every query, mutation and subscription of the schema, and only those', () => {
    const operations = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}),
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

  describe('over WebSocket', () => {
    // The GraphQL cases end with logout: the users sign in again.
    beforeAll(async () => {
      for (const [caller, email] of USER_EMAILS) tokens.set(caller, await app.loginAs(email));
    });

    it.each(CALLERS)('lets %s subscribe over WebSocket to exactly what the matrix allows', async (caller) => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      const token = tokens.get(caller);
      const client = createClient({
        url: `${app.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
      });
      try {
        for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
          const { query, variables } = operationFor('subscription', field);
          // Refused: an error at once. Allowed: no event comes (nothing is written), so no answer within 300 ms.
          const code = await new Promise<string>((resolve) => {
            const timer = setTimeout(() => {
              stop();
              resolve('allowed');
            }, 300);
            const settle = (value: string) => {
              clearTimeout(timer);
              resolve(value);
            };
            const stop = client.subscribe(
              { query, variables },
              {
                next: (result) => settle(String(result.errors?.[0]?.extensions?.code ?? 'data')),
                error: (errors) =>
                  settle(String((errors as { extensions?: { code?: string } }[])[0]?.extensions?.code ?? errors)),
                complete: () => settle('completed'),
              },
            );
          });
          outcomes.push(`${field.name}: ${code}`);
          const allowed = MATRIX[field.name]?.includes(caller);
          expected.push(`${field.name}: ${allowed ? 'allowed' : caller === 'none' ? 'UNAUTHENTICATED' : 'FORBIDDEN'}`);
        }
      } finally {
        await client.dispose();
      }
      expect(outcomes).toEqual(expected);
    });
  });

  describe('over HTTP', () => {
    // The GraphQL cases end with logout: the users sign in again.
    beforeAll(async () => {
      for (const [caller, email] of USER_EMAILS) tokens.set(caller, await app.loginAs(email));
    });

    it('lists every HTTP route of the route table, and only those', () => {
      expect(HTTP_ROUTES.map((route) => `${route.method} ${route.path}`).sort()).toEqual(
        Object.keys(HTTP_MATRIX).sort(),
      );
    });

    it('finds no HTTP route registered around the route table', async () => {
      const server = await createServer({
        dataSource: app.dataSource,
        sessionSecret: 'x'.repeat(40),
        log: pino({ level: 'silent' }),
        webDir: null,
      });
      await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
      expect((server.httpServer.address() as AddressInfo).port).toBeGreaterThan(0);
      const expressApp = server.httpServer.listeners('request')[0] as express.Express;
      const registered = expressApp.router.stack.flatMap((layer) =>
        layer.route
          ? Object.keys((layer.route as unknown as { methods: Record<string, boolean> }).methods).map(
              (method) => `${method.toUpperCase()} ${String(layer.route?.path)}`,
            )
          : [],
      );
      await server.stop();
      expect(registered.filter((route) => route !== 'GET /healthz').sort()).toEqual(Object.keys(HTTP_MATRIX).sort());
    });

    it.each(CALLERS)(
      'lets %s call exactly the HTTP routes the matrix allows, refused before any input',
      async (caller) => {
        const outcomes: string[] = [];
        const expected: string[] = [];
        for (const route of HTTP_ROUTES) {
          const token = tokens.get(caller);
          // Input that every route refuses: a caller refused with 401 or 403 (not 400 or 404) was refused before it.
          const response = await fetch(`${app.url}${route.path}?${BAD_INPUT}`, {
            method: route.method,
            headers: token ? { authorization: `Bearer ${token}` } : {},
            body: route.method === 'POST' ? 'not a file' : undefined,
          });
          await response.arrayBuffer();
          const name = `${route.method} ${route.path}`;
          const status = response.status;
          outcomes.push(
            `${name}: ${status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : status < 500 ? 'allowed' : status}`,
          );
          const allowed = HTTP_MATRIX[name]?.includes(caller);
          expected.push(`${name}: ${allowed ? 'allowed' : caller === 'none' ? 'UNAUTHENTICATED' : 'FORBIDDEN'}`);
        }
        expect(outcomes).toEqual(expected);
      },
    );
  });
});
