import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { ReportFieldsFragment } from '../../../generated/graphql';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../../foundation/ui/utils/user-errors';
import { SubmitReportMutation } from '../graphql/mutations/submit-report';
import { checkValueRow } from '../utils/report-counts';
import { cellKey, initialTexts, splitReportErrors, type CountColumn } from '../utils/report-form';
import type { PeriodLike } from '../utils/period-status';
import { ReportValueRow, countMessage, type IndicatorLike } from './ReportValueRow';

export interface ReportEntryFormProps {
  campaignId: string;
  unitId: string;
  period: PeriodLike;
  timeZone: string;
  indicators: ReadonlyArray<IndicatorLike>;
  targets: ReadonlyMap<string, number>;
  report: ReportFieldsFragment | null;
  canSubmit: boolean;
  /** Said after a submission: created, revised or unchanged. */
  onSubmitted: (message: string) => void;
}

/**
 * One period's figures, a row per indicator. Checked as you type with the server's rules; empty boxes are flagged
 * once a submission is tried. The server's userErrors go beside the cell they name.
 */
export function ReportEntryForm({
  campaignId,
  unitId,
  period,
  timeZone,
  indicators,
  targets,
  report,
  canSubmit,
  onSubmitted,
}: ReportEntryFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useDescribeUserError('reports');
  const codes = useMemo(() => indicators.map((indicator) => indicator.code), [indicators]);
  const [texts, setTexts] = useState(() => initialTexts(codes, report?.values));
  const [attempted, setAttempted] = useState(false);
  const [serverCells, setServerCells] = useState<Record<string, string[]>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const [submitReport, { loading }] = useMutation(SubmitReportMutation, {
    refetchQueries: ['UnitReports', 'ReportStatusBoard'],
    awaitRefetchQueries: true,
  });

  const checks = Object.fromEntries(
    codes.map((code) => [code, checkValueRow(texts[code].numerator, texts[code].denominator, format.lang)]),
  );
  const invalidCells = codes.flatMap((code) =>
    (['numerator', 'denominator'] as const)
      .filter((column) => checks[code][column].error)
      .map((column) => cellKey(code, column)),
  );

  const messagesOf = (code: string, column: CountColumn) => {
    const server = serverCells[cellKey(code, column)];
    if (server?.length) return server;
    const error = checks[code][column].error;
    // An empty box is not an error while typing; it is once a submission is tried.
    if (error === 'REQUIRED' && !attempted) return [];
    return countMessage(t, error);
  };

  const onChange = (code: string, column: CountColumn, text: string) => {
    setTexts((current) => ({ ...current, [code]: { ...current[code], [column]: text } }));
    setServerCells((current) => {
      const { [cellKey(code, column)]: _dropped, ...rest } = current;
      return rest;
    });
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading || !canSubmit) return;
    setAttempted(true);
    setGeneral([]);
    if (invalidCells.length) {
      setGeneral([t('reports.form.errorSummary'), t('reports.form.invalidCount', { count: invalidCells.length })]);
      formRef.current?.querySelector<HTMLInputElement>(`#report-${invalidCells[0].replace('.', '-')}`)?.focus();
      return;
    }
    const values = codes.map((code) => ({
      indicatorCode: code,
      numerator: checks[code].numerator.value as number,
      denominator: checks[code].denominator.value as number,
    }));
    try {
      const { data } = await submitReport({
        variables: { input: { campaignId, unitId, period: period.index, values } },
      });
      const payload = data?.submitReport;
      if (!payload) throw new Error('submitReport returned no payload');
      if (payload.userErrors.length) {
        const split = splitReportErrors(payload.userErrors, codes, describe);
        setServerCells(split.byCell);
        setGeneral([t('reports.form.errorSummary'), ...split.general]);
        return;
      }
      const saved = payload.report;
      if (payload.outcome === 'UNCHANGED' || !saved) onSubmitted(t('reports.form.unchanged'));
      else if (payload.outcome === 'REVISED')
        onSubmitted(t('reports.form.revised', { period: period.index, revision: saved.revision }));
      else
        onSubmitted(
          t('reports.form.created', { period: period.index, timeliness: t(`reportStatus.${saved.timeliness}`) }),
        );
    } catch (error) {
      setGeneral([describeRequestError(error, t)]);
    }
  };

  const titleId = `report-form-title-${period.index}`;
  return (
    <form
      ref={formRef}
      className="report-form"
      onSubmit={(event) => void onSubmit(event)}
      aria-labelledby={titleId}
      aria-busy={loading}
      noValidate
    >
      <div className="report-form__header">
        <h2 id={titleId}>
          {t('reports.form.title', {
            period: period.index,
            start: format.date(period.startDate),
            end: format.date(period.endDate),
          })}
        </h2>
        <p className="muted">{t('reports.form.due', { due: format.weekdayDateTime(period.dueAt, timeZone) })}</p>
        {report && (
          <p className="report-form__current">
            {t('reports.form.current', {
              submittedAt: format.dateTime(report.submittedAt, timeZone),
              timeliness: t(`reportStatus.${report.timeliness}`),
              revision: report.revision,
            })}
          </p>
        )}
      </div>
      <FormErrors messages={general} />
      <div className="table-wrap">
        <table className="data-table data-table--cards report-values">
          <thead>
            <tr>
              <th scope="col">{t('reports.form.indicator')}</th>
              <th scope="col">{t('reports.form.numerator')}</th>
              <th scope="col">{t('reports.form.denominator')}</th>
              <th scope="col" className="num">
                {t('reports.form.rate')}
              </th>
              <th scope="col">{t('reports.form.target')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => (
              <ReportValueRow
                key={indicator.code}
                indicator={indicator}
                texts={texts[indicator.code]}
                check={checks[indicator.code]}
                messages={{
                  numerator: messagesOf(indicator.code, 'numerator'),
                  denominator: messagesOf(indicator.code, 'denominator'),
                }}
                target={targets.get(indicator.code)}
                disabled={!canSubmit}
                onChange={(column, text) => onChange(indicator.code, column, text)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {canSubmit && (
        <div className="form-actions form-actions--start">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? t('reports.form.submitting') : report ? t('reports.form.revise') : t('reports.form.submit')}
          </button>
        </div>
      )}
    </form>
  );
}
