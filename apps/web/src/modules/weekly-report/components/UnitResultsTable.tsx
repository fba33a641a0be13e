import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../foundation/ui/components/ScrollBox';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { MovementArrow } from '../../../foundation/ui/components/MovementArrow';
import { RowNotes, ScoreCell, rowsHaveParts } from '../../rankings';
import { percentCell } from '../utils/percent';
import type { WeeklyReportData, WeeklyReportLevelData } from '../utils/weekly-report-types';

/** V. Every unit of a level: rank, movement, score, class and each indicator's rate against its target. */
export function UnitResultsTable({
  level,
  indicators,
}: {
  level: WeeklyReportLevelData;
  indicators: WeeklyReportData['summary'][number]['indicators'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = `wr-units-${level.level.key}`;
  const withParts = rowsHaveParts(level.rows);
  return (
    <div className="wr-units">
      <h3 id={id}>
        {t('weeklyReport.levelTable', { level: level.level.name, count: level.rows.length, ranked: level.cohortSize })}
      </h3>
      <ScrollBox labelledBy={id}>
        <table className="wr-table wr-table--units" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t('weeklyReport.columns.stt')}</th>
              <th scope="col" className="wr-unit-column">
                {t('weeklyReport.columns.unit')}
              </th>
              <th scope="col">{t('weeklyReport.columns.rank')}</th>
              <th scope="col">{t('weeklyReport.columns.movement')}</th>
              <th scope="col">{t('weeklyReport.columns.score')}</th>
              <th scope="col">{t('weeklyReport.columns.class')}</th>
              {indicators.map((figure) => (
                <th scope="col" key={figure.indicator.id}>
                  {figure.indicator.name} <span className="wr-unit-of">{t('weeklyReport.columns.rate')}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {level.rows.map((row, index) => (
              <tr key={row.unit.id} data-unit={row.unit.code}>
                <td className="wr-center">{index + 1}</td>
                <th scope="row">
                  {row.unit.name}
                  <RowNotes row={row} />
                </th>
                <td className="wr-center">{row.rank ?? ''}</td>
                <td className="wr-center">
                  <MovementArrow movement={row.movement} />
                </td>
                <td className="wr-num">
                  <ScoreCell row={row} withParts={withParts} />
                </td>
                <td className="wr-nowrap">{row.class?.name ?? ''}</td>
                {indicators.map((figure) => {
                  const result = row.indicators.find((entry) => entry.indicator.id === figure.indicator.id);
                  const state = result?.met === true ? 'met' : result?.met === false ? 'not-met' : 'none';
                  return (
                    <td key={figure.indicator.id} className={`wr-num wr-rate--${state}`}>
                      {result?.rate === null || !result ? '' : percentCell(result.rate, format.lang)}
                      {result?.met === false && <span className="visually-hidden"> {t('weeklyReport.met.no')}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
