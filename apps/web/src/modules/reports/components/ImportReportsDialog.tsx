import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ImportFormFooter } from '../../../foundation/ui/components/ImportFormFooter';
import { Modal } from '../../../foundation/ui/components/Modal';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { useFileImport, type ImportOutcome, type ImportSource } from '../../../foundation/ui/hooks/useFileImport';
import { ImportReportsMutation } from '../graphql/mutations/import-reports';
import type { PeriodLike } from '../utils/period-status';

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
  const [importReports] = useMutation(ImportReportsMutation, { refetchQueries: ['ReportStatusBoard', 'UnitReports'] });
  const file = useFileImport({ acceptXlsx: true, emptyMessage: t('reportImport.empty'), errorRoot: 'file', describe });

  const send = async (source: ImportSource): Promise<ImportOutcome> => {
    const { data } = await importReports({ variables: { input: { campaignId, period, ...source } } });
    const payload = data?.importReports;
    if (!payload) throw new Error('importReports returned no payload');
    if (payload.userErrors.length)
      return { failed: t('reportImport.failed', { count: payload.userErrors.length }), userErrors: payload.userErrors };
    return {
      done: t('reportImport.success', {
        period,
        created: payload.created,
        revised: payload.revised,
        unchanged: payload.unchanged,
      }),
    };
  };

  return (
    <Modal title={t('reportImport.title')} onClose={onClose} wide>
      <form
        className="import-form"
        onSubmit={(event) => void file.onSubmit(event, send)}
        aria-busy={file.busy}
        noValidate
      >
        <p className="field__hint" id="report-import-help">
          {t('reportImport.help')}
        </p>
        <div className="field">
          <label htmlFor="report-import-period">{t('reportImport.period')}</label>
          <select id="report-import-period" value={period} onChange={(event) => setPeriod(Number(event.target.value))}>
            {periods.map((option) => (
              <option key={option.index} value={option.index}>
                {t('statusBoard.periodOption', {
                  period: option.index,
                  start: format.date(option.startDate),
                  end: format.date(option.endDate),
                })}
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
            onChange={(event) => void file.onFileChange(event)}
          />
          {file.xlsxName && <p className="field__hint">{t('reportImport.fileChosen', { name: file.xlsxName })}</p>}
        </div>
        <div className="field">
          <label htmlFor="report-import-csv">{t('reportImport.text')}</label>
          <textarea
            id="report-import-csv"
            rows={7}
            spellCheck={false}
            aria-describedby="report-import-help"
            placeholder="unitCode,indicatorCode,numerator,denominator"
            value={file.csv}
            onChange={(event) => file.onCsvChange(event.target.value)}
          />
        </div>
        <ImportFormFooter file={file} words="reportImport" onClose={onClose} />
      </form>
    </Modal>
  );
}
