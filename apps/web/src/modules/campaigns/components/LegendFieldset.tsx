import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../foundation/ui/components/FieldError';
import type { LegendRowValue } from '../utils/campaign-form';

export interface LegendFieldsetProps {
  rows: LegendRowValue[];
  rowErrors: Record<number, string[]>;
  errors?: string[];
  onChange: (rows: LegendRowValue[]) => void;
}

/** The classes by score (Xuất sắc 90 / Tốt 75 / Trung bình 50 / Yếu 0 by default): name and minimum score of each. */
export function LegendFieldset({ rows, rowErrors, errors, onChange }: LegendFieldsetProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<LegendRowValue>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="form-section" aria-describedby="campaign-legend-hint">
      <legend>{t('campaigns.form.legend')}</legend>
      <p className="field__hint" id="campaign-legend-hint">
        {t('campaigns.form.legendHint')}
      </p>
      <FieldError inputId="campaign-legend" messages={errors} />
      <div className="legend-rows">
        {rows.map((row, index) => {
          const invalid = Boolean(rowErrors[index]?.length);
          const errorId = `campaign-legend-${index}-error`;
          const described = invalid ? errorId : undefined;
          return (
            <div
              key={row.code}
              className="legend-row"
              role="group"
              aria-label={t('campaigns.form.legendRow', { n: index + 1 })}
            >
              <div className="field">
                <label htmlFor={`campaign-legend-name-${index}`}>{t('campaigns.form.legendName')}</label>
                <input
                  id={`campaign-legend-name-${index}`}
                  type="text"
                  value={row.name}
                  onChange={(event) => update(index, { name: event.target.value })}
                  aria-invalid={invalid || undefined}
                  aria-describedby={described}
                />
              </div>
              <div className="field legend-row__min">
                <label htmlFor={`campaign-legend-min-${index}`}>{t('campaigns.form.legendMin')}</label>
                <input
                  id={`campaign-legend-min-${index}`}
                  type="text"
                  inputMode="decimal"
                  value={row.minScore}
                  onChange={(event) => update(index, { minScore: event.target.value })}
                  aria-invalid={invalid || undefined}
                  aria-describedby={described}
                />
              </div>
              {invalid && (
                <p className="field-error legend-row__error" id={errorId}>
                  {rowErrors[index].join(' ')}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
