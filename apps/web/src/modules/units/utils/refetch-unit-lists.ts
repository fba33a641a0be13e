import type { ApolloClient } from '@apollo/client';

/**
 * After a successful write, every unit list on screen (roots, each open node's children, search results) is
 * fetched again: a change can move a unit between lists or change a parent's child count.
 */
export function refetchUnitLists(client: ApolloClient): void {
  void client.refetchQueries({ include: ['Units', 'UnitOptions'] }).catch(() => undefined);
}
