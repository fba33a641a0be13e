import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { ReportStatus } from '../../../generated/graphql';
import type { PeriodLike } from '../utils/period-status';

export const REPORT_STATUSES: ReportStatus[] = ['ON_TIME', 'LATE', 'MISSING', 'NOT_DUE'];

export interface BoardFilters {
  period: number;
  levelKey: string;
  status: ReportStatus | '';
}

/** Period, level and status of the status board. */
export function StatusBoardFilters({
  periods,
  levels,
  value,
  onChange,
}: {
  periods: ReadonlyArray<PeriodLike>;
  levels: ReadonlyArray<{ key: string; name: string }>;
  value: BoardFilters;
  onChange: (filters: BoardFilters) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="board-filters" role="group" aria-label={t('statusBoard.filters')}>
      <div className="field">
        <label htmlFor="board-period">{t('statusBoard.period')}</label>
        <select
          id="board-period"
          value={value.period}
          onChange={(event) => onChange({ ...value, period: Number(event.target.value) })}
        >
          {periods.map((period) => (
            <option key={period.index} value={period.index}>
              {t('statusBoard.periodOption', {
                period: period.index,
                start: format.date(period.startDate),
                end: format.date(period.endDate),
              })}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="board-level">{t('statusBoard.level')}</label>
        <select
          id="board-level"
          value={value.levelKey}
          onChange={(event) => onChange({ ...value, levelKey: event.target.value })}
        >
          <option value="">{t('statusBoard.allLevels')}</option>
          {levels.map((level) => (
            <option key={level.key} value={level.key}>
              {level.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="board-status">{t('statusBoard.status')}</label>
        <select
          id="board-status"
          value={value.status}
          onChange={(event) => onChange({ ...value, status: event.target.value as ReportStatus | '' })}
        >
          <option value="">{t('statusBoard.allStatuses')}</option>
          {REPORT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`reportStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
