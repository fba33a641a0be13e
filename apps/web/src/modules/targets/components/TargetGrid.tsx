import type { ClipboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../../foundation/i18n/format';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { cellPosition, moveBetweenCells } from '../utils/grid-navigation';
import { parseTargetText } from '../utils/parse-target';
import { isBlock, parsePastedBlock, placeBlock } from '../utils/paste';
import { formatTarget, type CellKey, type Draft } from '../utils/target-cells';
import { TargetCell } from './TargetCell';

export interface TargetGridRow {
  id: string;
  /** Contents of the row header cell. */
  header: ReactNode;
  /** Plain name of the row, for the cells' labels. */
  label: string;
  cellKey: (indicatorCode: string) => CellKey;
  /** For a unit: the level default in force when it has no target of its own. */
  inherited?: (indicatorCode: string) => number | undefined;
}

export interface GridIndicator {
  code: string;
  name: string;
}

export interface PasteSummary {
  count: number;
  dropped: number;
  invalid: number;
}

export interface TargetGridProps {
  caption: string;
  rowHeader: string;
  rows: ReadonlyArray<TargetGridRow>;
  indicators: ReadonlyArray<GridIndicator>;
  saved: ReadonlyMap<CellKey, number>;
  draft: Draft;
  errors: Readonly<Record<CellKey, string[]>>;
  editable: boolean;
  onEdit: (changes: Record<CellKey, string>) => void;
  onPasted?: (summary: PasteSummary) => void;
}

/** A table of targets, rows × indicators; editable cells move like a spreadsheet and take pasted blocks. */
export function TargetGrid({
  caption,
  rowHeader,
  rows,
  indicators,
  saved,
  draft,
  errors,
  editable,
  onEdit,
  onPasted,
}: TargetGridProps) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const locale = localeOf(lang);

  const onPaste = (event: ClipboardEvent<HTMLTableElement>) => {
    const start = cellPosition(event.target);
    const text = event.clipboardData.getData('text/plain');
    if (!start || !isBlock(text)) return;
    event.preventDefault();
    const { placed, dropped } = placeBlock(parsePastedBlock(text), start, {
      rows: rows.length,
      cols: indicators.length,
    });
    const changes: Record<CellKey, string> = {};
    for (const { row, col, cell } of placed) changes[rows[row].cellKey(indicators[col].code)] = cell.raw;
    onEdit(changes);
    onPasted?.({
      count: placed.length,
      dropped,
      invalid: placed.filter(({ cell }) => cell.parsed.kind === 'invalid').length,
    });
  };

  return (
    <div className="table-wrap target-grid-wrap">
      <table
        className="data-table target-grid"
        onKeyDown={editable ? moveBetweenCells : undefined}
        onPaste={editable ? onPaste : undefined}
      >
        <caption className="target-grid__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {indicators.map((indicator) => (
              <th scope="col" key={indicator.code} className="target-grid__indicator">
                <span className="target-grid__indicator-name">{indicator.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={row.id}>
              <th scope="row">{row.header}</th>
              {indicators.map((indicator, colIndex) => {
                const key = row.cellKey(indicator.code);
                const savedValue = saved.get(key);
                const hasDraft = key in draft;
                const raw = hasDraft ? draft[key] : savedValue !== undefined ? formatTarget(savedValue, locale) : '';
                const parsed = parseTargetText(raw);
                const draftValue = parsed.kind === 'value' ? parsed.value : parsed.kind === 'empty' ? null : undefined;
                const inherited = row.inherited?.(indicator.code);
                const messages = [
                  ...(parsed.kind === 'invalid' ? [t(`targets.errors.${parsed.reason}`)] : []),
                  ...(errors[key] ?? []),
                ];
                return (
                  <TargetCell
                    key={indicator.code}
                    id={`cell-${rowIndex}-${colIndex}-${row.id}-${indicator.code}`}
                    row={rowIndex}
                    col={colIndex}
                    text={raw}
                    dirty={hasDraft && draftValue !== (savedValue ?? null)}
                    unitRow={row.inherited !== undefined}
                    inherited={inherited === undefined ? undefined : formatTarget(inherited, locale)}
                    label={indicator.name}
                    rowLabel={row.label}
                    messages={messages}
                    editable={editable}
                    onChange={(text) => onEdit({ [key]: text })}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
