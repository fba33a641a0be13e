import fc from 'fast-check';
import { nextRowOrder, orderRows, RANK_ORDER, type RowOrder, type RowOrderKey } from './row-order';

interface Row {
  code: string;
  name: string;
  score: number | null;
  movement: number | null;
}
const valueOf = (row: Row, key: RowOrderKey) =>
  key.kind === 'unit' ? row.name : key.kind === 'score' ? row.score : key.kind === 'movement' ? row.movement : null;
const codes = (rows: Row[]) => rows.map((row) => row.code);
const row = (code: string, name: string, score: number | null, movement: number | null = null): Row => ({
  code,
  name,
  score,
  movement,
});

describe('orderRows', () => {
  const rows = [
    row('A', 'Xã Tân Hưng', 91),
    row('B', 'Xã Đất Mũi', 80, 2),
    row('C', 'Xã An Xuyên', null),
    row('D', 'Xã Ea', 80),
  ];

  it("keeps blanks last in both directions and ties in the ranking's order", () => {
    expect(codes(orderRows(rows, { key: { kind: 'score' }, direction: 'descending' }, valueOf))).toEqual([
      'A',
      'B',
      'D',
      'C',
    ]);
    expect(codes(orderRows(rows, { key: { kind: 'score' }, direction: 'ascending' }, valueOf))).toEqual([
      'B',
      'D',
      'A',
      'C',
    ]);
    expect(codes(orderRows(rows, { key: { kind: 'movement' }, direction: 'ascending' }, valueOf))).toEqual([
      'B',
      'A',
      'C',
      'D',
    ]);
  });

  it('compares names the Vietnamese way: Đ after D, before E', () => {
    expect(codes(orderRows(rows, { key: { kind: 'unit' }, direction: 'ascending' }, valueOf))).toEqual([
      'C',
      'B',
      'D',
      'A',
    ]);
  });

  const rowArb = fc.record({
    code: fc.string(),
    name: fc.constantFrom('Xã Đất Mũi', 'Xã Dân Chủ', 'Phường 1', 'Phường 10', 'xã an', 'Ấp Ông'),
    score: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
    movement: fc.option(fc.integer({ min: -20, max: 20 }), { nil: null }),
  });
  const orderArb: fc.Arbitrary<RowOrder> = fc.record({
    key: fc.constantFrom<RowOrderKey>({ kind: 'unit' }, { kind: 'score' }, { kind: 'movement' }),
    direction: fc.constantFrom('ascending' as const, 'descending' as const),
  });

  it('gives a permutation: every value in order, blanks after all values, equal values in their given order', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), orderArb, (given, order) => {
        const ordered = orderRows(given, order, valueOf);
        expect([...ordered].sort((a, b) => given.indexOf(a) - given.indexOf(b))).toEqual(given);
        const values = ordered.map((r) => valueOf(r, order.key));
        const firstBlank = values.indexOf(null);
        if (firstBlank >= 0) expect(values.slice(firstBlank).every((value) => value === null)).toBe(true);
        const factor = order.direction === 'ascending' ? 1 : -1;
        for (let i = 1; i < values.length; i++) {
          const [a, b] = [values[i - 1], values[i]];
          if (a === null || b === null) continue;
          const diff = typeof a === 'string' ? new Intl.Collator('vi').compare(a, String(b)) : a - Number(b);
          expect(diff * factor).toBeLessThanOrEqual(0);
          if (diff === 0) expect(given.indexOf(ordered[i - 1])).toBeLessThan(given.indexOf(ordered[i]));
        }
      }),
    );
  });
});

describe('nextRowOrder', () => {
  it('flips the column ordered by and starts a figure best first, names A→Z', () => {
    expect(nextRowOrder(RANK_ORDER, { kind: 'rank' })).toEqual({ key: { kind: 'rank' }, direction: 'descending' });
    expect(nextRowOrder(RANK_ORDER, { kind: 'score' })).toEqual({ key: { kind: 'score' }, direction: 'descending' });
    expect(nextRowOrder(RANK_ORDER, { kind: 'unit' })).toEqual({ key: { kind: 'unit' }, direction: 'ascending' });
    const byRate = { kind: 'indicator' as const, code: 'ONLINE_PAYMENT' };
    expect(nextRowOrder({ key: byRate, direction: 'descending' }, byRate).direction).toBe('ascending');
  });
});
