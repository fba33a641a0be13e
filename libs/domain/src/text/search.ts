/**
 * How people find a unit (or anything named) by typing: without case, Vietnamese diacritics or extra spaces, so
 * "ca mau" finds "Cà Mau" and "dam doi" finds "Đầm Dơi". The API stores this key and the web app filters with it,
 * so both find the same things.
 */

// Combining marks left by NFD: the Vietnamese tone marks and the circumflex, breve and horn.
const COMBINING_MARKS = /\p{M}/gu;
// "đ" is a letter of its own, not "d" with a mark: NFD leaves it whole.
const D_WITH_STROKE = /đ/g;
const SPACES = /\s+/g;

/** The text as it is compared: lower case, no diacritics, đ as d, one space between words, none at the ends. */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_WITH_STROKE, 'd')
    .replace(SPACES, ' ')
    .trim();
}

/** The key of several fields read together, e.g. a unit's code and name: what a query is looked for in. */
export function searchKeyOf(...fields: ReadonlyArray<string | null | undefined>): string {
  return searchKey(fields.filter((field): field is string => Boolean(field)).join(' '));
}

/** Whether the query occurs in the fields read together; an empty query matches everything. */
export function matchesSearch(query: string, ...fields: ReadonlyArray<string | null | undefined>): boolean {
  const key = searchKey(query);
  return key === '' || searchKeyOf(...fields).includes(key);
}
