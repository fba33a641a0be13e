/** Units per page of the tree and of search results (the API allows up to 500). */
export const UNIT_PAGE_SIZE = 50;
/** Candidates shown by the parent picker. */
export const UNIT_OPTION_COUNT = 20;
export const SEARCH_DEBOUNCE_MS = 300;
