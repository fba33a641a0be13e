import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { RANK_ORDER, nextRowOrder, type RowOrder, type RowOrderKey } from '@thidua/domain';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStickyTable } from '../hooks/useStickyTable';
import type { RankingRowData } from '../utils/ranking-types';
import { sortRankingRows } from '../utils/sort-rows';
import { RankingRow } from './RankingRow';
import { SortHeader } from './SortHeader';

const ROW_HEIGHT = 52;
/** How near the last row read the view may come before the next page is asked for (onNearEnd). */
const NEAR_END_ROWS = 40;

export interface RankingTableProps {
  caption: string;
  rows: readonly RankingRowData[];
  indicators: ReadonlyArray<{ code: string; name: string }>;
  /** The campaign legend's class codes, best first: they give each class its colour. */
  legendCodes: readonly string[];
  unitHref: (row: RankingRowData) => string;
  /** Shown on units with children when a lower level exists. */
  onDrillDown?: (row: RankingRowData) => void;
  /** Each score shows its parts (base, bonus, penalty) on hover, focus and tap: the campaign scores with them. */
  withParts?: boolean;
  /**
   * The level in rank order from its first row (whole, or its first pages): names the unit ranked just above in a
   * tie-break note. Without it (rows under a parent unit, found by a search, in another order) the note says "the unit
   * ranked just above" without a name.
   */
  levelRows?: readonly RankingRowData[];
  /**
   * The order the rows come in, when the server orders them (a page at a time): a header click asks `onOrder` for
   * another. Without them the table orders the rows it holds itself.
   */
  order?: RowOrder;
  onOrder?: (key: RowOrderKey) => void;
  /** All the rows there are, when `rows` holds only the first pages of them. */
  rowCount?: number;
  /** Called as the view nears the last row held: the next page is wanted. */
  onNearEnd?: () => void;
}

/**
 * The ranking as a real table in the order of the national portal's tables (Hạng, Đơn vị, Điểm, Xếp loại, then the
 * indicators), virtualised against the page: only the rows in view (and a few more) are in the page, spacer rows keep
 * its height, so ten thousand units scroll with the page and a screen reader still reads a table. The header stays
 * in view; when the table is wider than the screen it scrolls sideways in its box, rank, unit and score staying put.
 */
export function RankingTable({
  caption,
  rows,
  indicators,
  legendCodes,
  unitHref,
  onDrillDown,
  withParts = false,
  levelRows,
  order,
  onOrder,
  rowCount,
  onNearEnd,
}: RankingTableProps) {
  const { t } = useTranslation();
  const [ownOrder, setOwnOrder] = useState<RowOrder>(RANK_ORDER);
  const sort = order ?? ownOrder;
  const sorted = useMemo(() => (onOrder ? rows : sortRankingRows(rows, ownOrder)), [rows, ownOrder, onOrder]);
  // The unit ranked just above each unit (server order), for the tie-break note.
  const above = useMemo(() => {
    const level = levelRows ?? [];
    return new Map(level.slice(1).map((row, index) => [row.unit.id, level[index]]));
  }, [levelRows]);
  const boxRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  // Rank, unit and score stay in view when the table scrolls sideways.
  const wide = useStickyTable(boxRef, headRef, 3);
  // Where the rows start on the page: the virtualiser counts the page's scroll from there.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const top = (bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - scrollMargin) > 1) setScrollMargin(top);
  });
  const virtualizer = useWindowVirtualizer({
    count: sorted.length,
    estimateSize: () => ROW_HEIGHT,
    // Rows a little beyond the screen: a level of a few dozen units is all in the page, ten thousand are not.
    overscan: 20,
    scrollMargin,
    getItemKey: (index) => sorted[index].unit.id,
    // Rows grow with wrapped names and notes; where nothing is laid out (jsdom, hidden) keep the estimate.
    measureElement: (element) => element.getBoundingClientRect().height || ROW_HEIGHT,
    initialRect: { width: 1000, height: ROW_HEIGHT * 15 },
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length > 0 ? items[0].start - scrollMargin : 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1].end - scrollMargin) : 0;
  const columnCount = 5 + indicators.length;
  const onSort = onOrder ?? ((key: RowOrderKey) => setOwnOrder((current) => nextRowOrder(current, key)));
  const lastShown = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (onNearEnd && lastShown >= sorted.length - NEAR_END_ROWS) onNearEnd();
  }, [onNearEnd, lastShown, sorted.length]);

  return (
    <div
      className={wide ? 'ranking-scroll ranking-scroll--wide' : 'ranking-scroll'}
      ref={boxRef}
      tabIndex={wide ? 0 : undefined}
      role="region"
      aria-label={caption}
    >
      <table className="data-table ranking-table" aria-rowcount={(rowCount ?? sorted.length) + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead ref={headRef}>
          <tr aria-rowindex={1}>
            <SortHeader
              className="num ranking-rank"
              label={t('rankings.columns.rank')}
              sortKey={{ kind: 'rank' }}
              sort={sort}
              onSort={onSort}
            />
            <SortHeader
              className="ranking-unit"
              label={t('rankings.columns.unit')}
              sortKey={{ kind: 'unit' }}
              sort={sort}
              onSort={onSort}
            />
            <SortHeader
              className="num ranking-score"
              label={t('rankings.columns.score')}
              sortKey={{ kind: 'score' }}
              sort={sort}
              onSort={onSort}
            />
            <th scope="col" className="ranking-class">
              {t('rankings.columns.class')}
            </th>
            {indicators.map((indicator) => (
              <SortHeader
                key={indicator.code}
                className="num"
                label={indicator.name}
                sortKey={{ kind: 'indicator', code: indicator.code }}
                sort={sort}
                onSort={onSort}
              />
            ))}
            <SortHeader
              className="num"
              label={t('rankings.columns.movement')}
              sortKey={{ kind: 'movement' }}
              sort={sort}
              onSort={onSort}
            />
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {before > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columnCount} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const row = sorted[item.index];
            const rankedAbove = row.tieBreak ? above.get(row.unit.id) : undefined;
            const shownAbove = item.index > 0 ? sorted[item.index - 1] : undefined;
            return (
              <RankingRow
                key={row.unit.id}
                ref={virtualizer.measureElement}
                row={row}
                position={item.index + 2}
                indicators={indicators}
                legendCodes={legendCodes}
                unitHref={unitHref(row)}
                onDrillDown={onDrillDown}
                withParts={withParts}
                aboveName={
                  rankedAbove && shownAbove?.unit.id !== rankedAbove.unit.id ? rankedAbove.unit.name : undefined
                }
                aboveUnknown={!levelRows}
              />
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columnCount} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
