import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { ReportStatusBoardQuery } from '../../../generated/graphql';
import { ReportStatusBadge } from './ReportStatusBadge';

type Row = NonNullable<ReportStatusBoardQuery['reportStatusBoard']>['rows'][number];

/**
 * A line per unit: its status for the period and its first submission time (in the campaign's zone); a card per unit
 * on a phone.
 */
export function StatusRowsTable({
  rows,
  periodIndex,
  timeZone,
  emptyText,
}: {
  rows: ReadonlyArray<Row>;
  periodIndex: number;
  timeZone: string;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="data-table data-table--cards status-rows">
        <caption className="visually-hidden">{t('statusBoard.unitsCaption', { period: periodIndex })}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('statusBoard.columns.index')}
            </th>
            <th scope="col">{t('statusBoard.columns.unit')}</th>
            <th scope="col">{t('statusBoard.columns.code')}</th>
            <th scope="col">{t('statusBoard.columns.level')}</th>
            <th scope="col">{t('statusBoard.columns.status')}</th>
            <th scope="col">{t('statusBoard.columns.submittedAt')}</th>
            <th scope="col" className="num">
              {t('statusBoard.columns.revision')}
            </th>
          </tr>
        </thead>
        <tbody>
          {!rows.length && (
            <tr>
              <td colSpan={7} className="state">
                {emptyText}
              </td>
            </tr>
          )}
          {rows.map((row, index) => (
            <tr key={row.unit.id}>
              <td className="num cards-skip">{format.number(index + 1)}</td>
              <th scope="row">{row.unit.name}</th>
              <td className="code" data-label={t('statusBoard.columns.code')}>
                {row.unit.code}
              </td>
              <td className="nowrap" data-label={t('statusBoard.columns.level')}>
                {row.level.name}
              </td>
              <td data-label={t('statusBoard.columns.status')}>
                <ReportStatusBadge status={row.status} />
              </td>
              <td className="nowrap" data-label={t('statusBoard.columns.submittedAt')}>
                {row.submittedAt ? format.dateTime(row.submittedAt, timeZone) : ''}
              </td>
              <td className="num" data-label={t('statusBoard.columns.revision')}>
                {row.revision ? format.number(row.revision) : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
