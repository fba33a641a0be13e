import { standouts } from './standouts';

const rows = (...ranks: (number | null)[]) => ranks.map((rank, i) => ({ rank, id: i }));

describe('the top and bottom units of a level', () => {
  it('takes the first five and the last five of nineteen ranked units', () => {
    const { top, bottom } = standouts(rows(...Array.from({ length: 19 }, (_, i) => i + 1)));
    expect(top.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(bottom.map((row) => row.rank)).toEqual([15, 16, 17, 18, 19]);
  });

  it('keeps units tied at the edge together (1, 2, 3, 4, 5, 5 on top; 14, 14 at the bottom edge)', () => {
    const { top, bottom } = standouts(rows(1, 2, 3, 4, 5, 5, 7, 8, 9, 10, 11, 12, 13, 14, 14, 16, 17, 18, 19));
    expect(top.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5, 5]);
    expect(bottom.map((row) => row.rank)).toEqual([14, 14, 16, 17, 18, 19]);
  });

  it('lists each of 8 ranked districts once and leaves the unranked out', () => {
    const { top, bottom } = standouts(rows(1, 2, 3, 4, 5, 6, 7, 8, null));
    expect(top.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(bottom.map((row) => row.rank)).toEqual([6, 7, 8]);
  });

  it('has no standouts when no unit has data', () => {
    expect(standouts(rows(null, null))).toEqual({ top: [], bottom: [] });
  });
});
