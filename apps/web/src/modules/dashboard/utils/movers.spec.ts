import { biggestMovers } from './movers';
import { standingRow } from './test-rows';

describe('the biggest movers since the previous period', () => {
  it('lists who climbed and who fell, by rank change then score change', () => {
    const previous = [
      standingRow('A', 1, 90, { OR: [90, 95] }),
      standingRow('B', 2, 85, { OR: [85, 95] }),
      standingRow('C', 3, 80, { OR: [80, 95] }),
      standingRow('D', 4, 70, { OR: [70, 95] }),
    ];
    const current = [
      standingRow('D', 1, 92, { OR: [92, 95] }), // up 3
      standingRow('A', 2, 91, { OR: [91, 95] }), // down 1
      standingRow('C', 3, 80.5, { OR: [80.5, 95] }), // same rank, +0,5 points
      standingRow('B', 4, 79, { OR: [79, 95] }), // down 2
    ];
    const { up, down } = biggestMovers(current, previous);
    expect(up.map((m) => [m.row.unit.code, m.rankChange])).toEqual([
      ['D', 3],
      ['C', 0],
    ]);
    expect(down.map((m) => [m.row.unit.code, m.rankChange])).toEqual([
      ['B', -2],
      ['A', -1],
    ]);
    expect(up[0].scoreChange).toBe(22);
    expect(up[0].rate).toEqual({ code: 'OR', rate: 92, change: 22 });
  });

  it('breaks ties of rank change and score change by unit code', () => {
    const previous = ['A', 'B', 'C', 'D'].map((code, i) => standingRow(code, i + 1, 50));
    const now = [standingRow('C', 1, 60), standingRow('D', 2, 60), standingRow('A', 3, 40), standingRow('B', 4, 40)];
    const { up, down } = biggestMovers(now, previous);
    expect(up.map((m) => [m.row.unit.code, m.rankChange, m.scoreChange])).toEqual([
      ['C', 2, 10],
      ['D', 2, 10],
    ]);
    expect(down.map((m) => [m.row.unit.code, m.rankChange, m.scoreChange])).toEqual([
      ['A', -2, -10],
      ['B', -2, -10],
    ]);
  });

  it('leaves out a unit missing in the previous period or without a rank then or now', () => {
    const previous = [standingRow('A', 1, 90), standingRow('B', null, null)];
    const current = [standingRow('A', 2, 80), standingRow('B', 1, 95), standingRow('NEW', 3, 60)];
    const { up, down } = biggestMovers(current, previous);
    expect(up).toEqual([]);
    expect(down.map((m) => m.row.unit.code)).toEqual(['A']);
  });

  it('in a level of one unit, a score change alone is a move; no change is none', () => {
    expect(biggestMovers([standingRow('P', 1, 81)], [standingRow('P', 1, 80)]).up).toHaveLength(1);
    expect(biggestMovers([standingRow('P', 1, 79)], [standingRow('P', 1, 80)]).down).toHaveLength(1);
    expect(biggestMovers([standingRow('P', 1, 80.001)], [standingRow('P', 1, 80)])).toEqual({ up: [], down: [] });
  });

  it('has nothing to compare in the first period', () => {
    expect(biggestMovers([standingRow('A', 1, 90)], null)).toEqual({ up: [], down: [] });
  });

  it('for random rankings, movers up climbed and movers down fell, at most `limit` of each', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 50; round++) {
      const size = 1 + Math.floor(random() * 20);
      const codes = Array.from({ length: size }, (_, i) => `U${i}`);
      const shuffled = [...codes].sort(() => random() - 0.5);
      const previous = codes.map((code, i) => standingRow(code, i + 1, 100 - i));
      const current = shuffled.map((code, i) => standingRow(code, i + 1, 100 - i));
      const { up, down } = biggestMovers(current, previous, 5);
      expect(up.length).toBeLessThanOrEqual(5);
      expect(down.length).toBeLessThanOrEqual(5);
      for (const mover of up) expect(mover.rank).toBeLessThanOrEqual(mover.previousRank);
      for (const mover of down) expect(mover.rank).toBeGreaterThanOrEqual(mover.previousRank);
      const changes = up.map((m) => m.rankChange);
      expect(changes).toEqual([...changes].sort((a, b) => b - a));
    }
  });
});
