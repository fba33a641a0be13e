import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { PeriodLike, PeriodRow, ReportLike } from '../utils/period-status';
import { ReportStatusBadge } from './ReportStatusBadge';

/** A unit's periods with their status; each period's button opens its figures beside the list. */
export function PeriodList<P extends PeriodLike, R extends ReportLike>({
  rows,
  unitName,
  timeZone,
  selected,
  onSelect,
}: {
  rows: ReadonlyArray<PeriodRow<P, R>>;
  unitName: string;
  timeZone: string;
  selected: number | null;
  onSelect: (index: number) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="data-table period-list">
        <caption className="visually-hidden">{t('reports.periods.caption', { unit: unitName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.periods.index')}</th>
            <th scope="col">{t('reports.periods.due')}</th>
            <th scope="col">{t('reports.periods.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ period, status }) => {
            const isSelected = period.index === selected;
            const [dueDate, dueTime] = format.dateTime(period.dueAt, timeZone).split(' ');
            return (
              <tr key={period.index} className={isSelected ? 'period-list__row--selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="period-list__open"
                    aria-pressed={isSelected}
                    aria-label={t('reports.periods.open', { period: period.index })}
                    onClick={() => onSelect(period.index)}
                  >
                    <span className="period-list__index">
                      {t('reports.periods.periodLabel', { period: period.index })}
                    </span>
                    <span className="period-list__dates">
                      {format.date(period.startDate)} – {format.date(period.endDate)}
                    </span>
                  </button>
                </th>
                <td className="period-list__due">
                  {dueDate} <span className="muted">{dueTime}</span>
                </td>
                <td>
                  <ReportStatusBadge status={status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
