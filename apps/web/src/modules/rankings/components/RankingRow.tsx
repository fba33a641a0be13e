import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { MovementArrow } from '../../../foundation/ui/components/MovementArrow';
import { classTone } from '../utils/class-tone';
import type { RankingRowData } from '../utils/ranking-types';
import { ClassBadge } from './ClassBadge';
import { RateCell } from './RateCell';
import { RowNotes } from './RowNotes';
import { ScoreCell } from './ScoreCell';

export interface RankingRowProps {
  row: RankingRowData;
  /** 1-based position in the table, for `aria-rowindex` (the header row is 1). */
  position: number;
  indicators: ReadonlyArray<{ code: string; name: string }>;
  legendCodes: readonly string[];
  unitHref: string;
  onDrillDown?: (row: RankingRowData) => void;
  withParts: boolean;
  /** The unit ranked just above, when it is not the row shown just above: named in the tie-break note. */
  aboveName?: string;
  /** Not the level in rank order, the unit ranked just above not known: see RowNotes. */
  aboveUnknown?: boolean;
}

/**
 * One unit: rank (tied units share it), name with drill-down and notes, score in its class colour, class, then the
 * indicators and the movement. The first three cells stay in view when the table scrolls sideways.
 */
export const RankingRow = forwardRef<HTMLTableRowElement, RankingRowProps>(function RankingRow(
  { row, position, indicators, legendCodes, unitHref, onDrillDown, withParts, aboveName, aboveUnknown },
  ref,
) {
  const { t } = useTranslation();
  const format = useFormat();
  const tone = row.class ? classTone(row.class.code, legendCodes) : null;
  return (
    <tr
      ref={ref}
      data-index={position - 2}
      aria-rowindex={position}
      className={row.rank === null ? 'ranking-row ranking-row--no-data' : 'ranking-row'}
    >
      <td className="num ranking-rank">{row.rank === null ? '' : format.number(row.rank)}</td>
      <th scope="row" className="ranking-unit">
        <Link to={unitHref}>{row.unit.name}</Link>
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
        <RowNotes row={row} aboveName={aboveName} aboveUnknown={aboveUnknown} />
      </th>
      <td className={`num ranking-score${tone === null ? '' : ` class-tone--${tone}`}`}>
        <ScoreCell row={row} withParts={withParts} />
      </td>
      <td className="ranking-class">{row.class && <ClassBadge unitClass={row.class} legendCodes={legendCodes} />}</td>
      {indicators.map((indicator) => (
        <td key={indicator.code} className="num">
          <RateCell result={row.indicators.find((result) => result.indicator.code === indicator.code)} />
        </td>
      ))}
      <td className="num">
        <MovementArrow movement={row.movement} />
      </td>
    </tr>
  );
});
