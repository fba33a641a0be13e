import { furthestFromTargets } from './target-gaps';
import { standingRow } from './test-rows';

describe('the units furthest from their targets', () => {
  it('ranks units by their widest gap in points and counts the targets each misses', () => {
    const rows = [
      standingRow('A', 1, 90, { OR: [96, 95], DG: [80, 90] }), // 10 points on DG
      standingRow('B', 2, 80, { OR: [70, 95], DG: [85, 90] }), // 25 on OR, 5 on DG
      standingRow('C', 3, 99, { OR: [99, 95], DG: [95, 90] }), // meets both
    ];
    const gaps = furthestFromTargets(rows);
    expect(gaps.map((g) => [g.row.unit.code, g.indicatorCode, g.gap, g.missed])).toEqual([
      ['B', 'OR', 25, 2],
      ['A', 'DG', 10, 1],
    ]);
  });

  it('keeps at most `limit`, and orders equal gaps by unit code whatever the input order', () => {
    // Generated: 12 units, each 3 points short, given in reverse order.
    const rows = Array.from({ length: 12 }, (_, i) =>
      standingRow(`U${String(12 - i).padStart(2, '0')}`, i + 1, 50, { OR: [92, 95] }),
    );
    const gaps = furthestFromTargets(rows, 5);
    expect(gaps.map((g) => g.row.unit.code)).toEqual(['U01', 'U02', 'U03', 'U04', 'U05']);
    expect(gaps.every((g) => g.gap === 3)).toBe(true);
  });

  it('never counts a unit without data or without a target as behind (no data is not 0 %)', () => {
    const rows = [standingRow('N', null, null, { OR: [null, 95] }), standingRow('T', 1, 100, { OR: [40, null] })];
    expect(furthestFromTargets(rows)).toEqual([]);
  });

  it('lists the one unit of a level of one unit when it is behind', () => {
    const gaps = furthestFromTargets([standingRow('P', 1, 70, { OR: [60.5, 95] })]);
    expect(gaps).toHaveLength(1);
    expect(gaps[0].gap).toBeCloseTo(34.5, 10);
  });

  it('for random levels, lists exactly the units below some target, widest gap first', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 50; round++) {
      const rows = Array.from({ length: 1 + Math.floor(random() * 30) }, (_, i) =>
        standingRow(`U${i}`, i + 1, 50, {
          OR: [random() < 0.1 ? null : Math.round(random() * 1000) / 10, 95],
          DG: [Math.round(random() * 1000) / 10, random() < 0.2 ? null : 80],
        }),
      );
      const behind = rows.filter((row) =>
        row.indicators.some((r) => r.rate !== null && r.target !== null && r.rate < r.target),
      );
      const gaps = furthestFromTargets(rows, 100);
      expect(gaps).toHaveLength(behind.length);
      for (let i = 1; i < gaps.length; i++) expect(gaps[i - 1].gap).toBeGreaterThanOrEqual(gaps[i].gap);
    }
  });
});
