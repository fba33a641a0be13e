import type { ApolloClient } from '@apollo/client';
import type { RankingQuery as RankingAnswer, RankingQueryVariables } from '../../../generated/graphql';
import { RankingQuery } from '../graphql/queries/ranking';

/** The API's largest page (rowsConnection's `first`). */
export const LARGEST_PAGE = 500;

type Edge = NonNullable<RankingAnswer['ranking']>['rowsConnection']['edges'][number];

/**
 * Asks again for the first `shown` rows of the ranking that `variables` watch — in pages of at most the API's largest,
 * read past the cache — and puts them in the cache in one write, which replaces the rows held: a table scrolled past
 * the first 500 rows of a country's level keeps its rows and its place, where asking again for the first page alone
 * would cut it back, and adding the rest page by page would make it shrink and grow while they load.
 */
export async function refreshShownRows(
  client: ApolloClient,
  variables: RankingQueryVariables,
  shown: number,
): Promise<void> {
  const edges: Edge[] = [];
  let last: RankingAnswer | undefined;
  let after: string | null = null;
  while (edges.length < shown) {
    const data = await pageOf(client, { ...variables, first: Math.min(LARGEST_PAGE, shown - edges.length), after });
    if (!data) return;
    last = data;
    const { edges: page, pageInfo } = data.ranking.rowsConnection;
    edges.push(...page);
    after = pageInfo.endCursor;
    if (!pageInfo.hasNextPage || !after) break;
  }
  if (!last) return;
  const rowsConnection = { ...last.ranking.rowsConnection, edges };
  client.writeQuery({
    query: RankingQuery,
    variables,
    data: { ...last, ranking: { ...last.ranking, rowsConnection } },
  });
}

async function pageOf(client: ApolloClient, variables: RankingQueryVariables): Promise<RankingAnswer | undefined> {
  return (await client.query({ query: RankingQuery, variables, fetchPolicy: 'no-cache' })).data;
}
