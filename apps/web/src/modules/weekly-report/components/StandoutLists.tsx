import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../foundation/ui/components/ScrollBox';
import { MovementArrow } from '../../../foundation/ui/components/MovementArrow';
import { RowNotes, ScoreCell, rowsHaveParts } from '../../rankings';
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
              levelRows={level.rows}
              empty={t('weeklyReport.noneRanked')}
            />
            <StandoutTable
              id={`wr-bottom-${level.level.key}`}
              title={t('weeklyReport.bottom', { level: level.level.name })}
              rows={level.bottom}
              levelRows={level.rows}
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
  levelRows,
  empty,
}: {
  id: string;
  title: string;
  rows: WeeklyReportRow[];
  /** The whole level in rank order: names the unit above a tie-break note when it is not in this list. */
  levelRows: WeeklyReportRow[];
  empty: string;
}) {
  const { t } = useTranslation();
  const withParts = rowsHaveParts(rows);
  return (
    <div className="wr-standout">
      <h3 id={id}>{title}</h3>
      {rows.length ? (
        <ScrollBox labelledBy={id}>
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
              {rows.map((row, index) => (
                <tr key={row.unit.id}>
                  <td className="wr-center">{row.rank}</td>
                  <th scope="row">
                    {row.unit.name}
                    <RowNotes row={row} aboveName={index === 0 ? aboveOf(levelRows, row.unit.id) : undefined} />
                  </th>
                  <td className="wr-num">
                    <ScoreCell row={row} withParts={withParts} />
                  </td>
                  <td className="wr-nowrap">{row.class?.name ?? ''}</td>
                  <td className="wr-center">
                    <MovementArrow movement={row.movement} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : (
        <p className="wr-empty">{empty}</p>
      )}
    </div>
  );
}

/** The name of the unit ranked just above `unitId` in the level. */
function aboveOf(levelRows: WeeklyReportRow[], unitId: string): string | undefined {
  const index = levelRows.findIndex((row) => row.unit.id === unitId);
  return index > 0 ? levelRows[index - 1].unit.name : undefined;
}
