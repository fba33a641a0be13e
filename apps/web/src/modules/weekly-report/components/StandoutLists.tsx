import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/i18n/useFormat';
import { MovementArrow } from '../../../shared/ui/components/MovementArrow';
import type { WeeklyReportLevelData, WeeklyReportRow } from '../utils/weekly-report-types';

/** II. The first and last five ranked units of each level (ties at the edge kept together). */
export function StandoutLists({ levels }: { levels: WeeklyReportLevelData[] }) {
  const { t } = useTranslation();
  return (
    <section className="wr-section" aria-labelledby="wr-standouts">
      <h2 id="wr-standouts">{t('weeklyReport.sections.standouts')}</h2>
      <div className="wr-standouts">
        {levels.map((level) => (
          <div key={level.level.id} className="wr-standouts__level">
            <StandoutTable
              id={`wr-top-${level.level.key}`}
              title={t('weeklyReport.top', { level: level.level.name })}
              rows={level.top}
              empty={t('weeklyReport.noneRanked')}
            />
            <StandoutTable
              id={`wr-bottom-${level.level.key}`}
              title={t('weeklyReport.bottom', { level: level.level.name })}
              rows={level.bottom}
              empty={level.cohortSize ? t('weeklyReport.allOnTop') : t('weeklyReport.noneRanked')}
            />
          </div>
        ))}
      </div>
    </section>
  );
}

function StandoutTable({
  id,
  title,
  rows,
  empty,
}: {
  id: string;
  title: string;
  rows: WeeklyReportRow[];
  empty: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="wr-standout">
      <h3 id={id}>{title}</h3>
      {rows.length ? (
        <table className="wr-table wr-table--compact" aria-labelledby={id}>
          <thead>
            <tr>
              <th scope="col">{t('weeklyReport.columns.rank')}</th>
              <th scope="col">{t('weeklyReport.columns.unit')}</th>
              <th scope="col">{t('weeklyReport.columns.score')}</th>
              <th scope="col">{t('weeklyReport.columns.class')}</th>
              <th scope="col">{t('weeklyReport.columns.movement')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unit.id}>
                <td className="wr-center">{row.rank}</td>
                <th scope="row">{row.unit.name}</th>
                <td className="wr-num">
                  {row.score === null
                    ? ''
                    : format.number(row.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                </td>
                <td className="wr-nowrap">{row.class?.name ?? ''}</td>
                <td className="wr-center">
                  <MovementArrow movement={row.movement} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="wr-empty">{empty}</p>
      )}
    </div>
  );
}
