/**
 * Standard competition ranks ("1224") for scores, highest first: equal scores share a rank and the next rank skips
 * as many places. Null scores stay unranked (null). Scores are compared unrounded.
 */
export function competitionRanks(scores: readonly (number | null)[]): (number | null)[] {
  const values = Float64Array.from(scores, (score) => (score === null ? NaN : score));
  const ranks = competitionRanksOf(values);
  return Array.from(ranks, (rank) => (rank === 0 ? null : rank));
}

/**
 * The same on a typed array, NaN meaning no score and 0 meaning unranked: rank = 1 + the number of strictly higher
 * scores, found by binary search in the natively sorted scores (no comparator calls, which matters at 12.000 units).
 */
export function competitionRanksOf(scores: Float64Array): Int32Array {
  // NaN sorts last in a typed array's numeric sort, so the scored values are the leading `count`.
  const sorted = scores.slice().sort();
  let count = sorted.length;
  while (count > 0 && Number.isNaN(sorted[count - 1])) count--;
  const ranks = new Int32Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (Number.isNaN(score)) continue;
    // First position holding a score strictly above this one.
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (sorted[middle] <= score) low = middle + 1;
      else high = middle;
    }
    ranks[i] = count - low + 1;
  }
  return ranks;
}
