import type { RankingRowData } from './ranking-types';

/** A column of the ranking: rank, unit name, score, movement, or an indicator's rate by its code. */
export type SortKey =
  { kind: 'rank' } | { kind: 'unit' } | { kind: 'score' } | { kind: 'movement' } | { kind: 'indicator'; code: string };
export type SortDirection = 'ascending' | 'descending';
export interface RankingSort {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: RankingSort = { key: { kind: 'rank' }, direction: 'ascending' };

export function sameSortKey(a: SortKey, b: SortKey): boolean {
  return a.kind === b.kind && (a.kind !== 'indicator' || (b.kind === 'indicator' && a.code === b.code));
}

/**
 * Clicking the sorted column flips it; another column starts with its natural order (names A→Z, figures best first).
 */
export function nextSort(current: RankingSort, key: SortKey): RankingSort {
  if (sameSortKey(current.key, key))
    return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: key.kind === 'rank' || key.kind === 'unit' ? 'ascending' : 'descending' };
}

function valueOf(row: RankingRowData, key: SortKey): number | string | null {
  switch (key.kind) {
    case 'rank':
      return row.rank ?? null;
    case 'unit':
      return row.unit.name;
    case 'score':
      return row.score ?? null;
    case 'movement':
      return row.movement ?? null;
    case 'indicator':
      return row.indicators.find((result) => result.indicator.code === key.code)?.rate ?? null;
  }
}

const collator = new Intl.Collator('vi');

/**
 * Sorted copy of the rows. Blanks (no data, no movement) always stay last whatever the direction, so units without
 * data never climb to the top of a descending sort. Ties keep the server's order (rank, then code).
 */
export function sortRankingRows(rows: readonly RankingRowData[], sort: RankingSort): RankingRowData[] {
  const factor = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, sort.key) }))
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
