import type { ApolloClient } from '@apollo/client';

const UNIT_LISTS = new Set(['Units', 'UnitOptions']);

/**
 * After a successful write, every unit list on screen (roots, each open node's children, search results, picker
 * candidates) is fetched again: a change can move a unit between lists or change a parent's child count.
 */
export function refetchUnitLists(client: ApolloClient): void {
  void client
    .refetchQueries({
      include: 'active',
      onQueryUpdated: (query) => (query.queryName && UNIT_LISTS.has(query.queryName) ? query.refetch() : false),
    })
    .catch(() => undefined);
}
