import 'reflect-metadata';
import { getMetadataStorage } from 'type-graphql';
import { resolvers } from './schema';
import { HTTP_ROUTES } from './http-routes';
import { ANYONE } from '../foundation/access/authorization';

/** The `@Authorized` entries of a query or mutation, as type-graphql recorded them. */
function entriesOf(operation: string): string[] | null {
  const storage = getMetadataStorage();
  const handler = [...storage.queries, ...storage.mutations].find(
    (definition) => definition.schemaName === operation && resolvers.some((resolver) => resolver === definition.target),
  );
  if (!handler) return null;
  const authorized = storage.authorizedFields.find(
    (field) => field.target === handler.target && field.fieldName === handler.methodName,
  );
  return authorized ? [...authorized.roles] : [];
}

describe('the HTTP route table', () => {
  it.each(HTTP_ROUTES.filter((route) => route.twin).map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s admits exactly the callers of its GraphQL twin',
    (_name, route) => {
      expect([...route.entries].sort()).toEqual(entriesOf(route.twin as string)?.sort());
    },
  );

  it('has one route per method and path, under /exports or /imports, or /public for the open routes only', () => {
    const keys = HTTP_ROUTES.map((route) => `${route.method} ${route.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const route of HTTP_ROUTES) {
      const open = route.entries.includes(ANYONE);
      expect([route.path, open]).toEqual([
        expect.stringMatching(open ? /^\/public\// : /^\/(exports|imports)\//),
        open,
      ]);
      if (open) expect([route.method, route.entries, route.twin]).toEqual(['GET', [ANYONE], null]);
    }
  });
});
