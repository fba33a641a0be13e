import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../foundation/ui/components/ScrollBox';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { percentCell } from '../utils/percent';
import type { WeeklyReportData } from '../utils/weekly-report-types';

/** I. Each level against its default target for each indicator, then all units (no target): sums of counts. */
export function LevelSummaryTable({ report }: { report: WeeklyReportData }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="wr-section" aria-labelledby="wr-levels">
      <h2 id="wr-levels">{t('weeklyReport.sections.levels')}</h2>
      <ScrollBox labelledBy="wr-levels">
        <table className="wr-table" aria-labelledby="wr-levels">
          <thead>
            <tr>
              <th scope="col">{t('weeklyReport.columns.level')}</th>
              <th scope="col">{t('weeklyReport.columns.indicator')}</th>
              <th scope="col">{t('weeklyReport.columns.denominator')}</th>
              <th scope="col">{t('weeklyReport.columns.numerator')}</th>
              <th scope="col">{t('weeklyReport.columns.rate')}</th>
              <th scope="col">{t('weeklyReport.columns.target')}</th>
              <th scope="col">{t('weeklyReport.columns.met')}</th>
              <th scope="col">{t('weeklyReport.columns.shortfall')}</th>
            </tr>
          </thead>
          {report.summary.map((entry) => {
            const levelName = entry.level?.name ?? t('weeklyReport.allUnits');
            return (
              <tbody key={entry.level?.id ?? 'all'} className="wr-table__group">
                {entry.indicators.map((figure, index) => (
                  <tr
                    key={figure.indicator.id}
                    data-level={entry.level?.key ?? 'all'}
                    data-indicator={figure.indicator.code}
                  >
                    {index === 0 && (
                      <th scope="rowgroup" rowSpan={entry.indicators.length}>
                        {levelName}
                      </th>
                    )}
                    <td>{figure.indicator.name}</td>
                    <td className="wr-num">{format.number(figure.denominator)}</td>
                    <td className="wr-num">{format.number(figure.numerator)}</td>
                    <td className="wr-num">
                      {figure.rate === null ? t('weeklyReport.noData') : percentCell(figure.rate, format.lang)}
                    </td>
                    <td className="wr-num">{percentCell(figure.target, format.lang)}</td>
                    <td className="wr-center">
                      {figure.met === null ? '' : figure.met ? t('weeklyReport.met.yes') : t('weeklyReport.met.no')}
                    </td>
                    <td className="wr-num">{figure.shortfall ? format.number(figure.shortfall) : ''}</td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </ScrollBox>
    </section>
  );
}
