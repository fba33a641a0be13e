/** The top and bottom lists of a level as the weekly report gives them: ranked rows, top first. */
export interface StandingLists<R> {
  top: readonly R[];
  bottom: readonly R[];
}

/**
 * The first `size` ranked units and the last `size` not already among them. The weekly report's top holds five (more
 * with ties) and its bottom the last five not on top, so together they hold every ranked unit of a small level and
 * both ends of a large one.
 */
export function topAndBottom<R>({ top, bottom }: StandingLists<R>, size = 3): { head: R[]; tail: R[] } {
  const ranked = [...top, ...bottom];
  return { head: ranked.slice(0, size), tail: ranked.slice(Math.max(size, ranked.length - size)) };
}
