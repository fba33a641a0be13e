/** A chart's vertical axis: its bounds and the ticks between them, in percent. */
export interface ChartScale {
  domain: [number, number];
  ticks: number[];
}

const STEPS = [0.5, 1, 2, 5, 10, 20, 25];

/**
 * An axis that shows where the values and the target sit, not always 0–100 %: from a little below the lowest to a
 * little above the highest (at least 2 points of room, 15 % of the spread), on round ticks, within 0–100. Nothing to
 * show gives 0–100.
 */
export function chartScale(values: ReadonlyArray<number | null | undefined>, target: number | null): ChartScale {
  const shown = [...values, target].filter((value): value is number => typeof value === 'number');
  if (!shown.length) return { domain: [0, 100], ticks: [0, 25, 50, 75, 100] };
  const low = Math.min(...shown);
  const high = Math.max(...shown);
  const room = Math.max((high - low) * 0.15, 2);
  const wanted = (high - low + 2 * room) / 4;
  const step = STEPS.find((candidate) => candidate >= wanted) ?? 25;
  const bottom = Math.max(0, Math.floor((low - room) / step) * step);
  const top = Math.min(100, Math.ceil((high + room) / step) * step);
  const ticks: number[] = [];
  for (let tick = bottom; tick <= top + 1e-9; tick += step) ticks.push(Math.round(tick * 100) / 100);
  return { domain: [bottom, top], ticks };
}
