import { rankingRow } from '../test/ranking-rows';
import { RANK_ORDER } from '@thidua/domain';
import { sortRankingRows } from './sort-rows';

const rows = [
  rankingRow(0, { score: 91, rate: 72 }),
  rankingRow(1, { score: 80, rate: 85 }),
  rankingRow(2, { rank: null as unknown as number }),
  rankingRow(3, { score: 60, rate: 40, movement: 2 }),
];
const names = (sorted: ReturnType<typeof sortRankingRows>) => sorted.map((row) => row.unit.code);

describe('sortRankingRows', () => {
  it('keeps the server order by rank, the unit without data last', () => {
    expect(names(sortRankingRows(rows, RANK_ORDER))).toEqual(['U0', 'U1', 'U3', 'U2']);
  });

  it('puts the unit without data last in both directions of the score', () => {
    expect(names(sortRankingRows(rows, { key: { kind: 'score' }, direction: 'ascending' }))).toEqual([
      'U3',
      'U1',
      'U0',
      'U2',
    ]);
    expect(names(sortRankingRows(rows, { key: { kind: 'score' }, direction: 'descending' }))).toEqual([
      'U0',
      'U1',
      'U3',
      'U2',
    ]);
  });

  it("sorts by an indicator's rate: 85% before 72% before 40%, no data last", () => {
    expect(
      names(sortRankingRows(rows, { key: { kind: 'indicator', code: 'ONLINE_RESOLUTION' }, direction: 'descending' })),
    ).toEqual(['U1', 'U0', 'U3', 'U2']);
  });

  it('sorts unit names the Vietnamese way and keeps blank movements last', () => {
    expect(names(sortRankingRows(rows, { key: { kind: 'unit' }, direction: 'descending' }))).toEqual([
      'U3',
      'U2',
      'U1',
      'U0',
    ]);
    expect(names(sortRankingRows(rows, { key: { kind: 'movement' }, direction: 'ascending' }))[0]).toBe('U3');
  });
});
