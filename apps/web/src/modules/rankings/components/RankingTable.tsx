import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { RankingRowData } from '../utils/ranking-types';
import { DEFAULT_SORT, nextSort, sortRankingRows, type RankingSort } from '../utils/sort-rows';
import { MovementArrow } from '../../../foundation/ui/components/MovementArrow';
import { RateCell } from './RateCell';
import { RowNotes } from './RowNotes';
import { ScoreCell } from './ScoreCell';
import { SortHeader } from './SortHeader';

const ROW_HEIGHT = 52;
const FALLBACK_ROWS = 20;

export interface RankingTableProps {
  caption: string;
  rows: readonly RankingRowData[];
  indicators: ReadonlyArray<{ code: string; name: string }>;
  legendCodes: readonly string[];
  unitHref: (row: RankingRowData) => string;
  /** Shown on units with children when a lower level exists. */
  onDrillDown?: (row: RankingRowData) => void;
  /** Each score shows its parts (base, bonus, penalty) on hover, focus and tap: the campaign scores with them. */
  withParts?: boolean;
  /** The whole level in the server's order, when `rows` is a part of it: names the unit above a tie-break note. */
  allRows?: readonly RankingRowData[];
}

/**
 * The ranking as a real table, virtualised: only the rows in view (and a few more) are in the page, spacer rows
 * keep the scroll height, so ten thousand units scroll smoothly and a screen reader still reads a table.
 */
export function RankingTable({
  caption,
  rows,
  indicators,
  legendCodes,
  unitHref,
  onDrillDown,
  withParts = false,
  allRows,
}: RankingTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [sort, setSort] = useState<RankingSort>(DEFAULT_SORT);
  const sorted = useMemo(() => sortRankingRows(rows, sort), [rows, sort]);
  // The unit ranked just above each unit (server order), for the tie-break note.
  const above = useMemo(() => {
    const level = allRows ?? rows;
    return new Map(level.slice(1).map((row, index) => [row.unit.id, level[index]]));
  }, [allRows, rows]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Before layout (and in jsdom) assume a window of about fifteen rows.
    initialRect: { width: 1000, height: ROW_HEIGHT * 15 },
  });
  const measured = virtualizer.getVirtualItems();
  // A region not laid out yet (hidden, printing, jsdom) measures 0 px: show the first rows rather than none.
  const items =
    measured.length > 0
      ? measured
      : sorted
          .slice(0, FALLBACK_ROWS)
          .map((_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT }));
  const before = items.length > 0 ? items[0].start : 0;
  const after = items.length > 0 ? sorted.length * ROW_HEIGHT - items[items.length - 1].end : 0;
  const columnCount = 6 + indicators.length;
  const onSort = (key: RankingSort['key']) => setSort((current) => nextSort(current, key));

  return (
    <div className="ranking-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table ranking-table" aria-rowcount={sorted.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="num">
              {t('rankings.columns.stt')}
            </th>
            <SortHeader
              className="num"
              label={t('rankings.columns.rank')}
              sortKey={{ kind: 'rank' }}
              sort={sort}
              onSort={onSort}
            />
            <SortHeader label={t('rankings.columns.unit')} sortKey={{ kind: 'unit' }} sort={sort} onSort={onSort} />
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
              label={t('rankings.columns.score')}
              sortKey={{ kind: 'score' }}
              sort={sort}
              onSort={onSort}
            />
            <th scope="col">{t('rankings.columns.class')}</th>
            <SortHeader
              className="num"
              label={t('rankings.columns.movement')}
              sortKey={{ kind: 'movement' }}
              sort={sort}
              onSort={onSort}
            />
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columnCount} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const row = sorted[item.index];
            const classIndex = row.class ? legendCodes.indexOf(row.class.code) : -1;
            const rankedAbove = row.tieBreak ? above.get(row.unit.id) : undefined;
            const shownAbove = item.index > 0 ? sorted[item.index - 1] : undefined;
            return (
              <tr
                key={row.unit.id}
                aria-rowindex={item.index + 2}
                style={{ height: ROW_HEIGHT }}
                className={row.rank === null ? 'ranking-row ranking-row--no-data' : 'ranking-row'}
              >
                <td className="num">{format.number(item.index + 1)}</td>
                <td className="num">{row.rank ?? ''}</td>
                <th scope="row" className="ranking-unit">
                  <Link to={unitHref(row)}>{row.unit.name}</Link>
                  {onDrillDown && row.unit.childCount > 0 && (
                    <button
                      type="button"
                      className="button button--small button--ghost drill-button"
                      onClick={() => onDrillDown(row)}
                      aria-label={t('rankings.drillDown', { name: row.unit.name })}
                    >
                      {t('rankings.drillDownShort')} ({format.number(row.unit.childCount)})
                    </button>
                  )}
                  <RowNotes
                    row={row}
                    aboveName={
                      rankedAbove && shownAbove?.unit.id !== rankedAbove.unit.id ? rankedAbove.unit.name : undefined
                    }
                  />
                </th>
                {indicators.map((indicator) => (
                  <td key={indicator.code} className="num">
                    <RateCell result={row.indicators.find((result) => result.indicator.code === indicator.code)} />
                  </td>
                ))}
                <td className="num">
                  <ScoreCell row={row} withParts={withParts} />
                </td>
                <td>
                  {row.class && (
                    <span className={`class-badge class-badge--${classIndex < 0 ? 'x' : classIndex}`}>
                      {row.class.name}
                    </span>
                  )}
                </td>
                <td className="num">
                  <MovementArrow movement={row.movement} />
                </td>
              </tr>
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
