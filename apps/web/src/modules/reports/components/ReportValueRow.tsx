import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';
import { liveRate, meetsTarget, type CountErrorCode, type ValueRowCheck } from '../utils/report-counts';
import type { CountColumn, ValueTexts } from '../utils/report-form';

export interface IndicatorLike {
  code: string;
  name: string;
  numeratorLabel: string;
  denominatorLabel: string;
}

export interface RowMessages {
  numerator?: string[];
  denominator?: string[];
}

/** One indicator: Số đạt and Tổng số boxes (numeric keyboard), the live rate and the unit's target, met or not. */
export function ReportValueRow({
  indicator,
  texts,
  check,
  messages,
  target,
  disabled,
  onChange,
}: {
  indicator: IndicatorLike;
  texts: ValueTexts;
  check: ValueRowCheck;
  messages: RowMessages;
  target: number | undefined;
  disabled: boolean;
  onChange: (column: CountColumn, text: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const rate = liveRate(check);
  const hintId = `report-${indicator.code}-hint`;
  const met =
    rate !== null && target !== undefined
      ? meetsTarget(check.numerator.value as number, check.denominator.value as number, target)
      : null;

  const input = (column: CountColumn) => {
    const id = `report-${indicator.code}-${column}`;
    return (
      <td
        className="report-value"
        data-label={t(column === 'numerator' ? 'reports.form.numerator' : 'reports.form.denominator')}
      >
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="report-value__input"
          aria-label={t(column === 'numerator' ? 'reports.form.numeratorOf' : 'reports.form.denominatorOf', {
            indicator: indicator.name,
          })}
          value={texts[column]}
          disabled={disabled}
          onChange={(event) => onChange(column, event.target.value)}
          {...invalidProps(id, messages[column], hintId)}
        />
        <FieldError inputId={id} messages={messages[column]} />
      </td>
    );
  };

  return (
    <tr>
      <th scope="row" className="report-indicator">
        <span className="report-indicator__name">{indicator.name}</span>
        <span className="report-indicator__labels" id={hintId}>
          {t('reports.form.numerator')}: {indicator.numeratorLabel} · {t('reports.form.denominator')}:{' '}
          {indicator.denominatorLabel}
        </span>
      </th>
      {input('numerator')}
      {input('denominator')}
      <td className="num report-rate" aria-live="polite" data-label={t('reports.form.rate')}>
        {rate === null ? <span className="muted">{t('reports.form.noData')}</span> : format.percent(rate)}
      </td>
      <td className="report-target" data-label={t('reports.form.target')}>
        {target === undefined ? (
          <span className="muted">{t('reports.form.noTarget')}</span>
        ) : (
          <>
            <span className="report-target__value">{format.percent(target, target % 1 ? 1 : 0)}</span>{' '}
            {met !== null && (
              <span className={`badge ${met ? 'badge--met' : 'badge--not-met'}`}>
                {t(met ? 'reports.form.met' : 'reports.form.notMet')}
              </span>
            )}
          </>
        )}
      </td>
    </tr>
  );
}

/** The message of a client-side check, in the form's words. */
export function countMessage(
  t: (key: `reports.validation.${CountErrorCode}`) => string,
  code: CountErrorCode | null,
): string[] {
  return code ? [t(`reports.validation.${code}`)] : [];
}
