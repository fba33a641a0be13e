import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../foundation/ui/components/ScrollBox';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { ReportFieldsFragment } from '../../../generated/graphql';
import { ListEmpty } from '../../../foundation/ui/components/ListStates';

/** Every report of the unit: period, first submission (it decides timeliness), timeliness and revisions. */
export function UnitReportHistory({
  unitName,
  reports,
  periods,
  timeZone,
}: {
  unitName: string;
  reports: readonly ReportFieldsFragment[];
  periods: ReadonlyArray<{ index: number; startDate: string; endDate: string; dueAt: string }>;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (reports.length === 0) return <ListEmpty title={t('unitPage.noReports')} />;
  const byIndex = new Map(periods.map((period) => [period.index, period]));
  return (
    <ScrollBox className="table-wrap" label={t('unitPage.historyCaption', { unit: unitName })}>
      <table className="data-table">
        <caption className="visually-hidden">{t('unitPage.historyCaption', { unit: unitName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('unitPage.period')}</th>
            <th scope="col">{t('reports.periods.due')}</th>
            <th scope="col">{t('unitPage.submittedAt')}</th>
            <th scope="col">{t('unitPage.timeliness')}</th>
            <th scope="col" className="num">
              {t('unitPage.revision')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...reports]
            .sort((a, b) => a.period.index - b.period.index)
            .map((report) => {
              const period = byIndex.get(report.period.index);
              return (
                <tr key={report.id}>
                  <th scope="row">
                    {t('reports.periods.periodLabel', { period: report.period.index })}
                    {period && (
                      <span className="muted">
                        {' '}
                        ({format.date(period.startDate)} – {format.date(period.endDate)})
                      </span>
                    )}
                  </th>
                  <td>{period ? format.dateTime(period.dueAt, timeZone) : ''}</td>
                  <td>{format.dateTime(report.submittedAt, timeZone)}</td>
                  <td>
                    <span className={`timeliness timeliness--${report.timeliness.toLowerCase()}`}>
                      {t(`reportStatus.${report.timeliness}`)}
                    </span>
                  </td>
                  <td className="num">{report.revision}</td>
                </tr>
              );
            })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
