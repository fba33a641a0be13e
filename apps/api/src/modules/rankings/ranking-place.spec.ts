import fc from 'fast-check';
import { rankingResultOf, type RankedRow, type RankingResult } from './rankings.service';
import { unitsAtHand } from './ranking-units';

/**
 * Rows as a ranking orders them: competition ranks rising (1, 2, 2, 4, …: ties share a rank, the next rank skips),
 * then the units without data (rank null). Generated from each row's "ties with the row above" and the unranked count.
 */
const rankedRows = fc
  .tuple(fc.array(fc.boolean(), { maxLength: 40 }), fc.nat({ max: 5 }))
  .map(([tiesAbove, unranked]) => {
    const ranks: (number | null)[] = [];
    tiesAbove.forEach((tied, i) => ranks.push(i > 0 && tied ? (ranks[i - 1] as number) : i + 1));
    for (let i = 0; i < unranked; i++) ranks.push(null);
    return ranks.map((rank, i) => ({ unitId: `u${i}`, rank }) as RankedRow);
  });

const resultOf = (rows: RankedRow[]): RankingResult =>
  rankingResultOf(
    { level: {}, asOfPeriod: 1, targetSet: {} } as never,
    { cohortSize: rows.length, rows },
    {
      units: unitsAtHand(new Map()),
      indicatorByCode: new Map(),
      classByCode: new Map(),
    },
  );

describe("a unit's place: the rows its page explains it from", () => {
  it('runs from the nearest better-ranked row (else the first) to the unit, whatever its tie group', () => {
    fc.assert(
      fc.property(rankedRows, (rows) => {
        const result = resultOf(rows);
        rows.forEach((row, index) => {
          const place = result.placeOf(row.unitId);
          if (row.rank === null) return expect(place).toEqual({ start: index, end: index + 1 });
          const better = rows.findLastIndex((other, j) => j < index && other.rank !== null && other.rank < row.rank!);
          expect(place).toEqual({ start: Math.max(better, 0), end: index + 1 });
          // Every row between the better one and the unit ties with it.
          for (const between of rows.slice(better + 1, index)) expect(between.rank).toBe(row.rank);
        });
      }),
    );
  });

  it('has no place for a unit that is not among the rows', () => {
    fc.assert(
      fc.property(rankedRows, fc.string(), (rows, unitId) => {
        fc.pre(!rows.some((row) => row.unitId === unitId));
        expect(resultOf(rows).placeOf(unitId)).toBeNull();
      }),
    );
  });
});
