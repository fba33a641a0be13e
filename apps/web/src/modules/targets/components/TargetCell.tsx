import { useTranslation } from 'react-i18next';

export interface TargetCellProps {
  id: string;
  row: number;
  col: number;
  /** What the cell shows: the draft, else the saved value. */
  text: string;
  dirty: boolean;
  /** A unit row: an empty cell inherits the level default; a filled one is the unit's own target. */
  unitRow: boolean;
  inherited?: string;
  label: string;
  rowLabel: string;
  messages: string[];
  editable: boolean;
  onChange: (text: string) => void;
}

/** One target: an input for admins, text for readers; overrides, inherited defaults, unsaved and bad cells marked. */
export function TargetCell({
  id,
  row,
  col,
  text,
  dirty,
  unitRow,
  inherited,
  label,
  rowLabel,
  messages,
  editable,
  onChange,
}: TargetCellProps) {
  const { t } = useTranslation();
  const own = text.trim() !== '';
  const override = unitRow && own;
  const inheriting = unitRow && !own && inherited !== undefined;
  const invalid = messages.length > 0;
  const className = [
    'target-cell',
    dirty ? 'target-cell--dirty' : '',
    invalid ? 'target-cell--invalid' : '',
    override ? 'target-cell--override' : '',
    inheriting ? 'target-cell--inherited' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const ariaLabel = inheriting
    ? t('targets.cellInherited', { indicator: label, row: rowLabel, value: inherited })
    : t('targets.cellLabel', { indicator: label, row: rowLabel });
  const errorId = `${id}-error`;

  if (!editable) {
    return (
      <td className={`${className} num`}>
        {own ? (
          text
        ) : inheriting ? (
          <span className="target-cell__inherited" title={t('targets.inherited')}>
            {inherited}
          </span>
        ) : (
          ''
        )}
        {override && <span className="visually-hidden"> ({t('targets.override')})</span>}
        {inheriting && <span className="visually-hidden"> ({t('targets.inherited')})</span>}
      </td>
    );
  }

  return (
    <td className={className}>
      <div className="target-cell__control">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          data-row={row}
          data-col={col}
          value={text}
          placeholder={inheriting ? inherited : undefined}
          aria-label={ariaLabel}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {!override && unitRow && <span className="target-cell__clear-space" aria-hidden="true" />}
        {override && (
          <button
            type="button"
            className="target-cell__clear"
            tabIndex={-1}
            aria-label={t('targets.clearOverride', { indicator: label, row: rowLabel })}
            title={t('targets.clearOverride', { indicator: label, row: rowLabel })}
            onClick={() => onChange('')}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      {dirty && <span className="visually-hidden">{t('targets.unsaved')}</span>}
      {invalid && (
        <p className="target-cell__error" id={errorId}>
          {messages.join(' ')}
        </p>
      )}
    </td>
  );
}
