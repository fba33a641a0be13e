import { useTranslation } from 'react-i18next';
import { ScrollBox } from '../../../foundation/ui/components/ScrollBox';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { ReportStatusBoardQuery } from '../../../generated/graphql';

type LevelCount = NonNullable<ReportStatusBoardQuery['reportStatusBoard']>['levels'][number];
const COLUMNS = ['onTime', 'late', 'missing', 'notDue', 'total'] as const;

/** How many units of each level are on time, late, missing or not due, with the sum over all levels. */
export function LevelSummaryTable({ levels, periodIndex }: { levels: ReadonlyArray<LevelCount>; periodIndex: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = {
    onTime: t('reportStatus.ON_TIME'),
    late: t('reportStatus.LATE'),
    missing: t('reportStatus.MISSING'),
    notDue: t('reportStatus.NOT_DUE'),
    total: t('statusBoard.total'),
  };
  const sum = Object.fromEntries(
    COLUMNS.map((column) => [column, levels.reduce((total, level) => total + level[column], 0)]),
  ) as Record<(typeof COLUMNS)[number], number>;
  return (
    <ScrollBox className="table-wrap level-summary" label={t('statusBoard.summaryCaption', { period: periodIndex })}>
      <table className="data-table">
        <caption>{t('statusBoard.summaryCaption', { period: periodIndex })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statusBoard.level')}</th>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="num">
                {heading[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {levels.map((level) => (
            <tr key={level.level.id}>
              <th scope="row">{level.level.name}</th>
              {COLUMNS.map((column) => (
                <td key={column} className="num">
                  {format.number(level[column])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {levels.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{t('statusBoard.allUnits')}</th>
              {COLUMNS.map((column) => (
                <td key={column} className="num">
                  {format.number(sum[column])}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </ScrollBox>
  );
}
