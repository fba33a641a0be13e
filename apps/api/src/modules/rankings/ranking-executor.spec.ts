import { ApolloServer } from '@apollo/server';
import { buildSchema, GraphQLError } from 'graphql';
import type { Context } from '../../foundation/graphql/context';
import { RankingResponseCache } from './ranking-cache';
import { rankingExecutor } from './ranking-executor';

const SDL = `
  type Row { rank: Int, score: Float, name: String }
  type Ranking { cohortSize: Int!, rows: [Row!]! }
  type Query { ranking(level: String!): Ranking, levels: [String!]! }
  type Mutation { touch: Boolean }
`;

/** Counts how each operation was executed: by the plugin (compiled) or by Apollo's graphql-js path. */
function serverWith(
  rows: { rank: number | null; score: number | null; name: string }[],
  cache = new RankingResponseCache(0),
) {
  const executed: string[] = [];
  const schema = buildSchema(SDL);
  const fields = schema.getQueryType()?.getFields() ?? {};
  fields.ranking.resolve = (_root, { level }: { level: string }) => {
    executed.push(level);
    if (level === 'nope') throw new GraphQLError('No such level.', { extensions: { code: 'BAD_USER_INPUT' } });
    return { cohortSize: rows.length, rows };
  };
  fields.levels.resolve = () => ['district'];
  (schema.getMutationType()?.getFields() ?? {}).touch.resolve = () => true;
  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [
      rankingExecutor(cache),
      {
        async requestDidStart() {
          return {
            async executionDidStart() {
              executed.push('graphql-js');
            },
          };
        },
      },
    ],
    formatError: (formatted) => ({
      message: `formatted: ${formatted.message}`,
      extensions: { code: formatted.extensions?.code },
    }),
  });
  return { apollo, executed };
}

describe('rankingExecutor', () => {
  const rows = [
    { rank: 1, score: 97.5, name: 'Đơn vị A' },
    { rank: null, score: null, name: 'Đơn vị B' },
  ];

  it('answers a ranking-only query itself, with the same data as graphql-js', async () => {
    const { apollo, executed } = serverWith(rows);
    await apollo.start();
    const query = 'query($l: String!) { ranking(level: $l) { cohortSize rows { rank score name } } }';
    const compiled = await apollo.executeOperation(
      { query, variables: { l: 'district' } },
      { contextValue: {} as Context },
    );
    expect(executed).toEqual(['district']);
    const plain = await apollo.executeOperation(
      { query: `${query.replace('{ ranking', '{ levels ranking')}`, variables: { l: 'district' } },
      { contextValue: {} as Context },
    );
    expect(executed).toEqual(['district', 'graphql-js', 'district']);
    const body = (response: typeof compiled) => (response.body.kind === 'single' ? response.body.singleResult : null);
    expect(body(compiled)?.data).toEqual({ ranking: { cohortSize: 2, rows } });
    expect(body(compiled)?.data).toEqual({ ranking: (body(plain)?.data as { ranking: unknown }).ranking });
    await apollo.stop();
  });

  it('leaves a failed ranking to Apollo, which formats its errors', async () => {
    const { apollo, executed } = serverWith(rows);
    await apollo.start();
    const response = await apollo.executeOperation(
      { query: '{ ranking(level: "nope") { cohortSize } }' },
      { contextValue: {} as Context },
    );
    expect(executed).toEqual(['nope', 'graphql-js', 'nope']);
    expect(response.body.kind === 'single' && response.body.singleResult.errors).toEqual([
      { message: 'formatted: No such level.', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
    await apollo.stop();
  });

  it('leaves mutations, other fields and directives at the root to graphql-js', async () => {
    const { apollo, executed } = serverWith(rows);
    await apollo.start();
    await apollo.executeOperation({ query: '{ levels }' }, { contextValue: {} as Context });
    await apollo.executeOperation(
      { query: 'query($s: Boolean!) { ranking(level: "x") @include(if: $s) { cohortSize } }', variables: { s: true } },
      { contextValue: {} as Context },
    );
    expect(executed).toEqual(['graphql-js', 'graphql-js', 'x']);
    await apollo.stop();
  });

  it('serves a kept answer to the same query, variables and kind of viewer, and forgets it on any mutation', async () => {
    const { apollo, executed } = serverWith(rows, new RankingResponseCache(60_000));
    await apollo.start();
    const viewer = (role: string, unitId: string | null = null) =>
      ({ viewer: { role, scopes: [], unitId } }) as unknown as Context;
    const ask = (level: string, contextValue: Context) =>
      apollo.executeOperation(
        { query: 'query($l: String!) { ranking(level: $l) { cohortSize } }', variables: { l: level } },
        { contextValue },
      );
    const first = await ask('district', viewer('BOARD'));
    const again = await ask('district', viewer('BOARD'));
    expect(executed).toEqual(['district']);
    expect(again.body).toEqual(first.body);
    await ask('commune', viewer('BOARD'));
    await ask('district', viewer('ADMIN'));
    await ask('district', viewer('BOARD', 'unit-1'));
    await ask('district', {} as Context); // no viewer: never kept
    await ask('district', {} as Context);
    expect(executed).toEqual(['district', 'commune', 'district', 'district', 'district', 'district']);
    await apollo.executeOperation({ query: 'mutation { touch }' }, { contextValue: viewer('ADMIN') });
    await ask('district', viewer('BOARD'));
    expect(executed.slice(6)).toEqual(['graphql-js', 'district']);
    await apollo.stop();
  });
});
