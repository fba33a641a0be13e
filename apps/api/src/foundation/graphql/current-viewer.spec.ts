import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { Authorized, buildSchema, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../access/viewer';
import { authChecker } from './auth-checker';
import type { Context } from './context';
import { CurrentViewer } from './current-viewer';

@Resolver()
class ViewerResolver {
  @Authorized()
  @Query(() => String)
  who(@CurrentViewer() viewer: Viewer): string {
    return viewer.userId ?? 'token';
  }

  @Query(() => String, { description: 'A bug: the viewer without @Authorized.' })
  unguarded(@CurrentViewer() viewer: Viewer): string {
    return viewer.userId ?? 'token';
  }
}

const viewer: Viewer = { userId: 'u1', role: null, unitId: null, sessionId: 's1', tokenId: null, scopes: [] };

describe('@CurrentViewer()', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildSchema({ resolvers: [ViewerResolver], authChecker, validate: false });
  });
  const run = (source: string, contextValue: Partial<Context>) => graphql({ schema, source, contextValue });

  it("hands the resolver the request's viewer", async () => {
    expect((await run('{ who }', { viewer })).data).toEqual({ who: 'u1' });
  });

  it('is reached only after the role check: no viewer is UNAUTHENTICATED', async () => {
    const result = await run('{ who }', { viewer: null });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('fails as a bug (a plain Error) where no role check ran and there is no viewer', async () => {
    const result = await run('{ unguarded }', { viewer: null });
    expect(result.errors?.[0].originalError).toBeInstanceOf(Error);
    expect(result.errors?.[0].message).toBe('@CurrentViewer() in Query.unguarded without a viewer');
    expect(result.errors?.[0].extensions?.code).toBeUndefined();
  });
});
