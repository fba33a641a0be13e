import { orderRows, type RowOrder, type RowOrderKey, type RowOrderValue } from '@thidua/domain';
import type { RankingRowData } from './ranking-types';
import type { RankingRowOrder, RankingRowOrderBy } from '../../../generated/graphql';

/** A row's value in a column, for @thidua/domain's orderRows (the server orders its pages by the same rule). */
export function rankingRowValue(row: RankingRowData, key: RowOrderKey): RowOrderValue {
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

/** Sorted copy of rows held whole in the browser (see orderRows: blanks last, ties in the server's order). */
export function sortRankingRows(rows: readonly RankingRowData[], order: RowOrder): RankingRowData[] {
  return orderRows(rows, order, rankingRowValue);
}

const ORDER_BY: Record<Exclude<RowOrderKey['kind'], 'indicator'>, RankingRowOrderBy> = {
  rank: 'RANK',
  unit: 'UNIT_NAME',
  score: 'SCORE',
  movement: 'MOVEMENT',
};

/** The order as rowsConnection's orderBy; null for the ranking's own order (the server's default). */
export function rankingRowOrderOf(order: RowOrder): RankingRowOrder | null {
  const descending = order.direction === 'descending';
  const { key } = order;
  if (key.kind === 'indicator') return { by: 'INDICATOR_RATE', indicatorCode: key.code, descending };
  if (key.kind === 'rank' && !descending) return null;
  return { by: ORDER_BY[key.kind], descending };
}
