import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { TargetUnitsQuery as TargetUnitsResult } from '../../../generated/graphql';
import { TargetUnitsQuery } from '../graphql/queries/target-units';

/** Rows per page of the unit overrides grid (the API's maximum). */
export const TARGET_UNIT_PAGE_SIZE = 500;

export type TargetUnit = TargetUnitsResult['units']['edges'][number]['node'];

/** The units of one level (optionally under one parent), page by page. */
export function useTargetUnits(levelKey: string, parentId: string | null) {
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(TargetUnitsQuery, {
    variables: { levelKey, parentId: parentId ?? undefined, first: TARGET_UNIT_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
    skip: !levelKey,
  });
  const connection = data?.units;
  const endCursor = connection?.pageInfo.endCursor;
  return {
    units: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasMore: Boolean(connection?.pageInfo.hasNextPage && endCursor),
    loading: Boolean(levelKey) && !connection && !error,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error: connection ? undefined : error,
    loadMore: () => {
      if (endCursor) void fetchMore({ variables: { after: endCursor } }).catch(() => undefined);
    },
    retry: () => void refetch().catch(() => undefined),
  };
}
