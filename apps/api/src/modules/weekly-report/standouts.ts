/** The leading and trailing units of a ranked level, for the weekly report: rows are read, never re-scored. */
export interface RankedRow {
  rank: number | null;
}

export const STANDOUT_COUNT = 5;

/**
 * The first `count` ranked rows and the last `count` ranked rows, each widened to the units tied with its edge (a
 * tie is never cut in two). A small level is not listed twice: the bottom takes only the ranked rows the top left.
 * Unranked rows (no data) are in neither.
 */
export function standouts<T extends RankedRow>(rows: readonly T[], count = STANDOUT_COUNT): { top: T[]; bottom: T[] } {
  const ranked = rows.filter((row) => row.rank !== null);
  if (!ranked.length) return { top: [], bottom: [] };
  const topEdge = ranked[Math.min(count, ranked.length) - 1].rank;
  const top = ranked.filter((row) => (row.rank as number) <= (topEdge as number));
  const rest = ranked.slice(top.length);
  if (!rest.length) return { top, bottom: [] };
  const bottomEdge = rest[Math.max(rest.length - count, 0)].rank as number;
  return { top, bottom: rest.filter((row) => (row.rank as number) >= bottomEdge) };
}
