import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../app/i18n/useFormat';
import { FormErrors } from '../../ui/components/FormErrors';
import { Modal } from '../../ui/components/Modal';
import { useDescribeUserError } from '../../ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../ui/utils/user-errors';
import { toImportRowErrors, type ImportRowError } from '../../units/utils/import-errors';
import { ImportReportsMutation } from '../graphql/mutations/import-reports';
import type { PeriodLike } from '../utils/period-status';
import { isXlsx, readFileBase64, readFileText } from '../utils/read-file';
import { ImportErrorTable } from '../../ui/components/ImportErrorTable';

/**
 * One period's figures for many units from a CSV or XLSX file (or pasted CSV). All or nothing: when any cell is
 * wrong, every bad cell is listed and nothing is written.
 */
export function ImportReportsDialog({
  campaignId,
  periods,
  defaultPeriod,
  onClose,
}: {
  campaignId: string;
  periods: ReadonlyArray<PeriodLike>;
  defaultPeriod: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useDescribeUserError('reports');
  const [period, setPeriod] = useState(defaultPeriod);
  const [csv, setCsv] = useState('');
  const [xlsx, setXlsx] = useState<{ name: string; base64: string } | null>(null);
  const [reading, setReading] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [rows, setRows] = useState<ImportRowError[]>([]);
  const [done, setDone] = useState('');
  const [importReports, { loading }] = useMutation(ImportReportsMutation, { refetchQueries: ['ReportStatusBoard', 'UnitReports'] });
  const busy = loading || reading;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setReading(true);
    try {
      if (isXlsx(file)) {
        setXlsx({ name: file.name, base64: await readFileBase64(file) });
        setCsv('');
      } else {
        setCsv(await readFileText(file));
        setXlsx(null);
      }
    } catch {
      setGeneral([t('common.unexpectedError')]);
    } finally {
      setReading(false);
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setGeneral([]);
    setRows([]);
    setDone('');
    if (!xlsx && !csv.trim()) {
      setGeneral([t('reportImport.empty')]);
      return;
    }
    try {
      const file = xlsx ? { xlsxBase64: xlsx.base64 } : { csv };
      const { data } = await importReports({ variables: { input: { campaignId, period, ...file } } });
      const payload = data?.importReports;
      if (!payload) throw new Error('importReports returned no payload');
      if (!payload.userErrors.length) {
        setDone(t('reportImport.success', { period, created: payload.created, revised: payload.revised, unchanged: payload.unchanged }));
        return;
      }
      const split = toImportRowErrors(payload.userErrors, describe, 'file');
      setRows(split.rows);
      setGeneral([t('reportImport.failed', { count: payload.userErrors.length }), ...split.general]);
    } catch (error) {
      setGeneral([describeRequestError(error, t)]);
    }
  };

  return (
    <Modal title={t('reportImport.title')} onClose={onClose} wide>
      <form className="import-form" onSubmit={(event) => void onSubmit(event)} aria-busy={busy} noValidate>
        <p className="field__hint" id="report-import-help">
          {t('reportImport.help')}
        </p>
        <div className="field">
          <label htmlFor="report-import-period">{t('reportImport.period')}</label>
          <select id="report-import-period" value={period} onChange={(event) => setPeriod(Number(event.target.value))}>
            {periods.map((option) => (
              <option key={option.index} value={option.index}>
                {t('statusBoard.periodOption', { period: option.index, start: format.date(option.startDate), end: format.date(option.endDate) })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-import-file">{t('reportImport.file')}</label>
          <input
            id="report-import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => void onFile(event)}
          />
          {xlsx && <p className="field__hint">{t('reportImport.fileChosen', { name: xlsx.name })}</p>}
        </div>
        <div className="field">
          <label htmlFor="report-import-csv">{t('reportImport.text')}</label>
          <textarea
            id="report-import-csv"
            rows={7}
            spellCheck={false}
            aria-describedby="report-import-help"
            placeholder="unitCode,indicatorCode,numerator,denominator"
            value={csv}
            onChange={(event) => {
              setCsv(event.target.value);
              setXlsx(null);
            }}
          />
        </div>
        {busy && (
          <div className="import-progress" role="status">
            <progress aria-label={t('reportImport.progress')} />
            <span>{t('reportImport.submitting')}</span>
          </div>
        )}
        <FormErrors messages={general} />
        {rows.length > 0 && (
          <ImportErrorTable
            rows={rows}
            labels={{
              caption: t('reportImport.errorsCaption'),
              row: t('reportImport.row'),
              column: t('reportImport.column'),
              reason: t('reportImport.reason'),
            }}
          />
        )}
        <p className="notice" role="status">
          {done}
        </p>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('reportImport.submitting') : t('reportImport.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
