import { useTranslation } from 'react-i18next';
import type { WeeklyReportData } from '../utils/weekly-report-types';

/**
 * The administrative heading: the committee on the left, the nation and motto on the right, the date line, the title.
 */
export function ReportHeading({ report }: { report: WeeklyReportData }) {
  const { t } = useTranslation();
  const { heading } = report;
  return (
    <header className="wr-heading">
      <div className="wr-heading__issuer">
        {heading.issuer.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
        <hr />
      </div>
      <div className="wr-heading__nation">
        <p>{t('weeklyReport.nation')}</p>
        <p className="wr-heading__motto">{t('weeklyReport.motto')}</p>
        <hr />
        <p className="wr-heading__date">{heading.dateLine}</p>
      </div>
      <div className="wr-heading__title">
        <h1>{heading.title}</h1>
        <p className="wr-heading__subtitle">{heading.subtitle}</p>
        <p className="wr-heading__targets">{t('weeklyReport.targetSet', { name: report.targetSet.name })}</p>
      </div>
    </header>
  );
}
