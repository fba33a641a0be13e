import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment } from '../../../generated/graphql';
import { FieldError } from '../../../foundation/ui/components/FieldError';
import { newRowId, type IndicatorRowValue } from '../utils/campaign-form';

export interface IndicatorWeightsFieldsetProps {
  rows: IndicatorRowValue[];
  /** Every indicator there is, to choose from. */
  indicators: ReadonlyArray<IndicatorFieldsFragment>;
  rowErrors: Record<number, string[]>;
  errors?: string[];
  onChange: (rows: IndicatorRowValue[]) => void;
}

/** The campaign's indicators in order, each with a weight: add, remove and move rows. */
export function IndicatorWeightsFieldset({
  rows,
  indicators,
  rowErrors,
  errors,
  onChange,
}: IndicatorWeightsFieldsetProps) {
  const { t } = useTranslation();
  const nameOf = (code: string) => indicators.find((indicator) => indicator.code === code)?.name ?? code;
  const update = (index: number, patch: Partial<IndicatorRowValue>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const move = (index: number, by: number) => {
    const next = [...rows];
    const [row] = next.splice(index, 1);
    next.splice(index + by, 0, row);
    onChange(next);
  };
  const unused = indicators.find((indicator) => !rows.some((row) => row.code === indicator.code));

  return (
    <fieldset className="form-section" aria-describedby="campaign-indicators-hint">
      <legend>{t('campaigns.form.indicators')}</legend>
      <p className="field__hint" id="campaign-indicators-hint">
        {t('campaigns.form.indicatorsHint')}
      </p>
      <FieldError inputId="campaign-indicators" messages={errors} />
      {!indicators.length && <p className="muted">{t('campaigns.form.noIndicatorsDefined')}</p>}
      {rows.length === 0 ? (
        <p className="muted">{t('campaigns.form.noIndicators')}</p>
      ) : (
        <ol className="indicator-rows">
          {rows.map((row, index) => {
            const name = row.code ? nameOf(row.code) : t('campaigns.form.rowLabel', { n: index + 1 });
            const errorId = `campaign-indicator-${index}-error`;
            const invalid = Boolean(rowErrors[index]?.length);
            return (
              <li key={row.rowId} className="indicator-row">
                <div className="field indicator-row__indicator">
                  <label htmlFor={`campaign-indicator-${index}`}>
                    {t('campaigns.form.rowLabel', { n: index + 1 })}
                  </label>
                  <select
                    id={`campaign-indicator-${index}`}
                    value={row.code}
                    onChange={(event) => update(index, { code: event.target.value })}
                    aria-invalid={invalid || undefined}
                    aria-describedby={invalid ? errorId : undefined}
                  >
                    <option value="">{t('campaigns.form.chooseIndicator')}</option>
                    {indicators.map((indicator) => (
                      <option key={indicator.id} value={indicator.code}>
                        {indicator.name} ({indicator.code})
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field indicator-row__weight">
                  <label htmlFor={`campaign-weight-${index}`}>{t('campaigns.form.weight')}</label>
                  <input
                    id={`campaign-weight-${index}`}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={row.weight}
                    onChange={(event) => update(index, { weight: event.target.value })}
                    aria-invalid={invalid || undefined}
                    aria-describedby={invalid ? errorId : undefined}
                  />
                </div>
                <div className="indicator-row__actions">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => move(index, -1)}
                    disabled={index === 0}
                    aria-label={t('campaigns.form.moveUp', { name })}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => move(index, 1)}
                    disabled={index === rows.length - 1}
                    aria-label={t('campaigns.form.moveDown', { name })}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="button button--small indicator-row__remove"
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                    aria-label={t('campaigns.form.remove', { name })}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </div>
                {invalid && (
                  <p className="field-error indicator-row__error" id={errorId}>
                    {rowErrors[index].join(' ')}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <button
          type="button"
          className="button button--small"
          onClick={() => onChange([...rows, { rowId: newRowId(), code: unused?.code ?? '', weight: '1' }])}
          disabled={!indicators.length}
        >
          {t('campaigns.form.addIndicator')}
        </button>
      </div>
    </fieldset>
  );
}
