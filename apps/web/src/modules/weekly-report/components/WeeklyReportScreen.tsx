import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { WeeklyReportQuery } from '../graphql/queries/weekly-report';
import { downloadWeeklyReport } from '../utils/download-weekly-report';
import { LevelSummaryTable } from './LevelSummaryTable';
import { LateAndMissing, ZeroRateUnits } from './ReportStatusSection';
import { ReportHeading } from './ReportHeading';
import { StandoutLists } from './StandoutLists';
import { UnitResultsTable } from './UnitResultsTable';
import '../../../foundation/ui/components/print-document.css';
import './weekly-report.css';

/** The weekly report to the chairman for a period chosen with ?period=N: printable, and downloadable as XLSX. */
export function WeeklyReportScreen({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams, setSearchParams] = useSearchParams();
  const asked = Number(searchParams.get('period'));
  const period = Number.isInteger(asked) && asked > 0 ? asked : null;
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState('');
  const { data, previousData, error, refetch, loading } = useQuery(WeeklyReportQuery, {
    variables: { campaignId, period },
  });
  const report = (data ?? previousData)?.weeklyReport;

  if (!report) return error ? <ListError error={error} onRetry={refetch} /> : <ListLoading />;

  const download = async () => {
    setDownloadError('');
    setDownloading(true);
    try {
      await downloadWeeklyReport(campaignId, report.period.index);
    } catch {
      setDownloadError(t('weeklyReport.downloadFailed'));
    } finally {
      setDownloading(false);
    }
  };
  const indicators = report.summary[0]?.indicators ?? [];

  return (
    <article className="print-document weekly-report" aria-busy={loading}>
      <div className="print-document__actions no-print">
        <Link to={`/campaigns/${campaignId}`}>← {t('weeklyReport.back')}</Link>
        <label className="weekly-report__period">
          <span>{t('weeklyReport.period')}</span>
          <select value={report.period.index} onChange={(event) => setSearchParams({ period: event.target.value })}>
            {report.campaign.periods.map((option) => (
              <option key={option.index} value={option.index}>
                {t('weeklyReport.periodOption', {
                  index: option.index,
                  start: format.date(option.startDate),
                  end: format.date(option.endDate),
                })}
              </option>
            ))}
          </select>
        </label>
        <span className="print-document__buttons">
          <button type="button" className="button" disabled={downloading} onClick={() => void download()}>
            {downloading ? t('weeklyReport.downloading') : t('weeklyReport.download')}
          </button>
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('weeklyReport.print')}
          </button>
        </span>
        {downloadError && (
          <p className="field-error" role="alert">
            {downloadError}
          </p>
        )}
        {error && data === undefined && (
          <p className="field-error" role="alert">
            {t('common.loadError')}
          </p>
        )}
      </div>
      <ReportHeading report={report} />
      <LevelSummaryTable report={report} />
      <StandoutLists levels={report.levels} />
      <LateAndMissing report={report} />
      <ZeroRateUnits report={report} />
      <section className="wr-section" aria-labelledby="wr-units">
        <h2 id="wr-units">{t('weeklyReport.sections.units')}</h2>
        {report.levels.map((level) => (
          <UnitResultsTable key={level.level.id} level={level} indicators={indicators} />
        ))}
      </section>
    </article>
  );
}
