/** How long the unit search waits after the last keystroke before asking the API (as the units list does). */
export const SEARCH_DEBOUNCE_MS = 300;
