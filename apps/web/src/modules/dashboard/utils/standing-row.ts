/** What the dashboard reads of a ranking row (LevelStandingsQuery's rows; tests build them by hand). */
export interface StandingRow {
  rank: number | null;
  score: number | null;
  unit: { id: string; code: string; name: string };
  indicators: ReadonlyArray<{
    indicator: { code: string };
    rate: number | null;
    target: number | null;
    achievement?: number | null;
  }>;
}

/** By unit code: the order @thidua/domain lists units in, so that ties always come out the same. */
export function byCode(a: StandingRow, b: StandingRow): number {
  return a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : 0;
}
