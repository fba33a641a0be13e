import { searchKey, searchKeyOf } from '@thidua/domain';

/**
 * What `units(search:)` looks in, stored in `units.search_text` on every write: the domain's search key of the
 * code and name together, so the API finds exactly what the web app's `matchesSearch(query, code, name)` finds.
 */
export function unitSearchText(code: string, name: string): string {
  return searchKeyOf(code, name);
}

/** The query as it is looked for in `search_text`. */
export const unitSearchQuery = searchKey;
