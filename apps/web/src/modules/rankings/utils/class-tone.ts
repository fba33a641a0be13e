/** The five colours a class can take, best first: green, blue, yellow, orange, red. */
export type ClassTone = 0 | 1 | 2 | 3 | 4;

// Best class green, worst red, whatever the number of classes; the ones between spread over the middle colours.
const TONES_BY_COUNT: Record<number, readonly ClassTone[]> = {
  1: [0],
  2: [0, 4],
  3: [0, 2, 4],
  4: [0, 1, 2, 4],
  5: [0, 1, 2, 3, 4],
};

/**
 * The colour of a class of the campaign's legend, from its place in the legend (`legendCodes`, best class first), so
 * that a badge, a score and a heat-map cell of the same class look alike. Null for a class not in the legend.
 */
export function classTone(code: string, legendCodes: readonly string[]): ClassTone | null {
  const index = legendCodes.indexOf(code);
  if (index < 0) return null;
  const count = legendCodes.length;
  const tones = TONES_BY_COUNT[count];
  if (tones) return tones[index];
  return Math.round((index * 4) / (count - 1)) as ClassTone;
}

/** The legend's codes, best class first (highest minimum score first). */
export function legendCodesBestFirst(legend: ReadonlyArray<{ code: string; minScore: number }>): string[] {
  return [...legend].sort((a, b) => b.minScore - a.minScore).map((entry) => entry.code);
}
