import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../foundation/ui/components/ScrollBox';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { WeeklyReportData } from '../utils/weekly-report-types';

/** III. Units whose report came late or not at all for the period. */
export function LateAndMissing({ report }: { report: WeeklyReportData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = [
    ...report.lateUnits.map((entry) => ({
      ...entry,
      status: t('weeklyReport.late'),
      when: format.dateTime(entry.submittedAt as string, report.campaign.timeZone),
    })),
    ...report.missingUnits.map((entry) => ({ ...entry, status: t('weeklyReport.missing'), when: '' })),
  ];
  return (
    <section className="wr-section" aria-labelledby="wr-status">
      <h2 id="wr-status">{t('weeklyReport.sections.status')}</h2>
      {rows.length ? (
        <>
          <p>{t('weeklyReport.statusCount', { late: report.lateUnits.length, missing: report.missingUnits.length })}</p>
          <ScrollBox labelledBy="wr-status">
            <table className="wr-table" aria-labelledby="wr-status">
              <thead>
                <tr>
                  <th scope="col">{t('weeklyReport.columns.stt')}</th>
                  <th scope="col">{t('weeklyReport.columns.unit')}</th>
                  <th scope="col">{t('weeklyReport.columns.level')}</th>
                  <th scope="col">{t('weeklyReport.columns.status')}</th>
                  <th scope="col">{t('weeklyReport.columns.submittedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={row.unit.id}>
                    <td className="wr-center">{index + 1}</td>
                    <th scope="row">{row.unit.name}</th>
                    <td>{row.level.name}</td>
                    <td>{row.status}</td>
                    <td>{row.when}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      ) : (
        <p className="wr-empty">{t('weeklyReport.noLateOrMissing')}</p>
      )}
    </section>
  );
}

/** IV. Units at 0% on an indicator although they received dossiers: called out by name. */
export function ZeroRateUnits({ report }: { report: WeeklyReportData }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="wr-section" aria-labelledby="wr-zero">
      <h2 id="wr-zero">{t('weeklyReport.sections.zero')}</h2>
      {report.zeroRateUnits.length ? (
        <>
          <p>{t('weeklyReport.zeroCount', { count: report.zeroRateUnits.length })}</p>
          <ScrollBox labelledBy="wr-zero">
            <table className="wr-table" aria-labelledby="wr-zero">
              <thead>
                <tr>
                  <th scope="col">{t('weeklyReport.columns.stt')}</th>
                  <th scope="col">{t('weeklyReport.columns.unit')}</th>
                  <th scope="col">{t('weeklyReport.columns.level')}</th>
                  <th scope="col">{t('weeklyReport.columns.indicator')}</th>
                  <th scope="col">{t('weeklyReport.columns.denominator')}</th>
                </tr>
              </thead>
              <tbody>
                {report.zeroRateUnits.map((entry, index) => (
                  <tr key={`${entry.unit.id}/${entry.indicator.id}`}>
                    <td className="wr-center">{index + 1}</td>
                    <th scope="row">{entry.unit.name}</th>
                    <td>{entry.level.name}</td>
                    <td>{entry.indicator.name}</td>
                    <td className="wr-num">{format.number(entry.denominator)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      ) : (
        <p className="wr-empty">{t('weeklyReport.noZero')}</p>
      )}
    </section>
  );
}
