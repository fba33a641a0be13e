import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { RowOrder } from '@thidua/domain';
import { RankingQuery } from '../graphql/queries/ranking';
import { rankingRowOrderOf } from '../utils/sort-rows';
import { LARGEST_PAGE, refreshShownRows } from '../utils/refresh-rows';

/** Rows per page of the rankings table: a province's levels (up to a few hundred units) in one. */
export const RANKING_PAGE_SIZE = 200;

export interface RankingRowsQuery {
  campaignId: string;
  levelKey: string;
  asOfPeriod: number | null;
  targetSetKey: string | null;
  parentUnitId: string | null;
  order: RowOrder;
  /** Words to find in the units' names or codes, already debounced; '' for every row. */
  search: string;
}

/**
 * A level's ranking with its rows a page at a time in `order` (the server orders and finds them: a country's level
 * is never sent whole). While a new order, search or period loads, the rows shown before stay (`loading`). `refetch`
 * (after a write elsewhere) asks again for every row already shown: a table scrolled down past the first page keeps
 * its rows, and its place (past the API's largest page, see refreshShownRows).
 */
export function useRankingRows(query: RankingRowsQuery) {
  const { order, search, ...rest } = query;
  const client = useApolloClient();
  const variables = { ...rest, orderBy: rankingRowOrderOf(order), search: search || null, first: RANKING_PAGE_SIZE };
  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(RankingQuery, {
    variables,
    skip: !query.levelKey,
    notifyOnNetworkStatusChange: true,
  });
  const ranking = (data ?? previousData)?.ranking;
  const connection = ranking?.rowsConnection;
  const endCursor = connection?.pageInfo.endCursor;
  return {
    ranking,
    rows: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: Boolean(connection?.pageInfo.hasNextPage && endCursor),
    loading: loading && networkStatus !== NetworkStatus.fetchMore,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: data ? undefined : error,
    loadMore: () => {
      if (endCursor && networkStatus !== NetworkStatus.fetchMore)
        void fetchMore({ variables: { after: endCursor } }).catch(() => undefined);
    },
    refetch: () => {
      const shown = connection?.edges.length ?? 0;
      if (shown > LARGEST_PAGE) void refreshShownRows(client, variables, shown).catch(() => undefined);
      else void refetch({ first: Math.max(shown, RANKING_PAGE_SIZE) }).catch(() => undefined);
    },
  };
}
