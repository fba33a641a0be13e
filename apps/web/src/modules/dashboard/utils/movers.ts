import { byCode, type StandingRow } from './standing-row';

/** A unit's change since the period before: rank, score and the indicator whose rate moved most. */
export interface Mover {
  row: StandingRow;
  rank: number;
  previousRank: number;
  /** previousRank − rank: above 0 = moved up. */
  rankChange: number;
  /** Score now − score then, in points; null when either is missing. */
  scoreChange: number | null;
  /** The indicator whose rate changed most (either way), with its rate now and the change in points. */
  rate: { code: string; rate: number; change: number } | null;
}

/** What is read of a unit's row in the previous period's ranking. */
export interface PreviousRow {
  rank: number | null;
  score: number | null;
  unit: { id: string };
  indicators: ReadonlyArray<{ indicator: { code: string }; rate: number | null }>;
}

/** Changes below this many points do not show once rounded to two decimals: no move. */
const UNCHANGED = 0.005;

/**
 * The units that moved most since the previous period, up and down, at most `limit` each: by rank change, then by
 * score change, then by code. A level of one unit cannot change rank, so a score change alone counts as a move. A
 * unit without a rank now or then (no data, or not in the previous ranking) has no change to show.
 */
export function biggestMovers(
  current: readonly StandingRow[],
  previous: readonly PreviousRow[] | null,
  limit = 5,
): { up: Mover[]; down: Mover[] } {
  if (!previous) return { up: [], down: [] };
  const before = new Map(previous.map((row) => [row.unit.id, row]));
  const movers: Mover[] = [];
  for (const row of current) {
    const then = before.get(row.unit.id);
    const previousRank = then?.rank ?? null;
    if (row.rank === null || previousRank === null || !then) continue;
    const scoreChange = row.score !== null && then.score !== null ? row.score - then.score : null;
    movers.push({
      row,
      rank: row.rank,
      previousRank,
      rankChange: previousRank - row.rank,
      scoreChange,
      rate: biggestRateChange(row, then),
    });
  }
  const score = (mover: Mover) => mover.scoreChange ?? 0;
  const isUp = (m: Mover) => m.rankChange > 0 || (m.rankChange === 0 && score(m) >= UNCHANGED);
  const isDown = (m: Mover) => m.rankChange < 0 || (m.rankChange === 0 && score(m) <= -UNCHANGED);
  const up = movers
    .filter(isUp)
    .sort((a, b) => b.rankChange - a.rankChange || score(b) - score(a) || byCode(a.row, b.row));
  const down = movers
    .filter(isDown)
    .sort((a, b) => a.rankChange - b.rankChange || score(a) - score(b) || byCode(a.row, b.row));
  return { up: up.slice(0, limit), down: down.slice(0, limit) };
}

function biggestRateChange(now: StandingRow, then: PreviousRow): Mover['rate'] {
  let biggest: Mover['rate'] = null;
  for (const result of now.indicators) {
    const earlier = then.indicators.find((other) => other.indicator.code === result.indicator.code);
    if (result.rate === null || earlier?.rate === null || earlier?.rate === undefined) continue;
    const change = result.rate - earlier.rate;
    if (!biggest || Math.abs(change) > Math.abs(biggest.change))
      biggest = { code: result.indicator.code, rate: result.rate, change };
  }
  return biggest && Math.abs(biggest.change) >= UNCHANGED ? biggest : null;
}
