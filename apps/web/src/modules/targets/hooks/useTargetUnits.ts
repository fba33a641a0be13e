import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { TargetUnitsQuery as TargetUnitsResult } from '../../../generated/graphql';
import { TargetUnitsQuery } from '../graphql/queries/target-units';

/** Rows per page of the unit overrides grid (the API's maximum). */
export const TARGET_UNIT_PAGE_SIZE = 500;

export type TargetUnit = TargetUnitsResult['units']['edges'][number]['node'];

/**
 * The units of one level ('' for every level), optionally under one parent and matching a search by name or code
 * (the API ignores case and diacritics, as the domain's `matchesSearch` does), page by page.
 */
export function useTargetUnits(levelKey: string, parentId: string | null, search = '') {
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(TargetUnitsQuery, {
    variables: {
      levelKey: levelKey || undefined,
      parentId: parentId ?? undefined,
      search: search || undefined,
      first: TARGET_UNIT_PAGE_SIZE,
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.units;
  const endCursor = connection?.pageInfo.endCursor;
  return {
    units: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: Boolean(connection?.pageInfo.hasNextPage && endCursor),
    loading: !connection && !error,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: connection ? undefined : error,
    loadMore: () => {
      if (endCursor) void fetchMore({ variables: { after: endCursor } }).catch(() => undefined);
    },
    retry: () => void refetch().catch(() => undefined),
  };
}
