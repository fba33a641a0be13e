/** A column a ranking's rows can be ordered by: rank, unit name, score, movement, or an indicator's rate (by code). */
export type RowOrderKey =
  { kind: 'rank' } | { kind: 'unit' } | { kind: 'score' } | { kind: 'movement' } | { kind: 'indicator'; code: string };
export type RowOrderDirection = 'ascending' | 'descending';
export interface RowOrder {
  key: RowOrderKey;
  direction: RowOrderDirection;
}

/** The ranking's own order: by rank, then the units without data (as ranked). */
export const RANK_ORDER: RowOrder = { key: { kind: 'rank' }, direction: 'ascending' };

export function sameRowOrderKey(a: RowOrderKey, b: RowOrderKey): boolean {
  return a.kind === b.kind && (a.kind !== 'indicator' || (b.kind === 'indicator' && a.code === b.code));
}

/**
 * The order after choosing the column `key`: the column ordered by flips; another starts with its natural order (rank
 * and names A→Z, figures best first).
 */
export function nextRowOrder(current: RowOrder, key: RowOrderKey): RowOrder {
  if (sameRowOrderKey(current.key, key))
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key.kind === 'rank' || key.kind === 'unit' ? 'ascending' : 'descending' };
}

/** A row's value in a column: a number, a unit's name, or null when it has none (no data, no movement). */
export type RowOrderValue = number | string | null;

const collator = new Intl.Collator('vi');

/**
 * The rows (given in the ranking's own order) ordered by a column, as a new array. Blanks stay last whatever the
 * direction, so units without data never climb to the top of a descending order; names compare the Vietnamese way;
 * rows equal in the column keep the ranking's order (rank, then code).
 */
export function orderRows<Row>(
  rows: readonly Row[],
  order: RowOrder,
  valueOf: (row: Row, key: RowOrderKey) => RowOrderValue,
): Row[] {
  const factor = order.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, order.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return a.index - b.index;
        return a.value === null ? 1 : -1;
      }
      const diff = typeof a.value === 'string' ? collator.compare(a.value, String(b.value)) : a.value - Number(b.value);
      return diff === 0 ? a.index - b.index : diff * factor;
    })
    .map(({ row }) => row);
}
