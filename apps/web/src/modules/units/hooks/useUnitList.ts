import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { UnitRowFragment, UnitsQueryVariables } from '../../../generated/graphql';
import { UnitsQuery } from '../graphql/queries/units';
import { UNIT_PAGE_SIZE } from '../utils/constants';

export interface UnitList {
  units: UnitRowFragment[];
  totalCount: number;
  hasMore: boolean;
  /** First load only; a page being added is `loadingMore`. */
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  loadMore: () => void;
  retry: () => void;
}

/** One page-by-page list of units: the roots, one node's children, or search results. */
export function useUnitList(variables: Omit<UnitsQueryVariables, 'first' | 'after'>): UnitList {
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(UnitsQuery, {
    variables: { ...variables, first: UNIT_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.units;
  const endCursor = connection?.pageInfo.endCursor;
  return {
    units: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: Boolean(connection?.pageInfo.hasNextPage && endCursor),
    loading: !connection && networkStatus !== NetworkStatus.error && !error,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: connection ? undefined : error,
    loadMore: () => {
      if (endCursor) void fetchMore({ variables: { after: endCursor } }).catch(() => undefined);
    },
    retry: () => void refetch().catch(() => undefined),
  };
}
