import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { dueCountdown } from '../utils/due-countdown';

export interface PeriodInfo {
  index: number;
  startDate: string;
  endDate: string;
  dueAt: string;
}

/** "Kỳ 11 (06/05/2023 – 09/05/2023)" and "Hạn nộp: Thứ Sáu 12/05/2023 16:00 · còn 2 ngày 3 giờ" (or "quá hạn"). */
export function DueLine({ period, timeZone, now }: { period: PeriodInfo; timeZone: string; now: Date }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countdown = dueCountdown(period.dueAt, now);
  return (
    <>
      <p className="home-period">
        {t('home.periodLine', {
          index: period.index,
          start: format.date(period.startDate),
          end: format.date(period.endDate),
        })}
      </p>
      <p className="home-due">
        {t('home.due', { due: format.weekdayDateTime(period.dueAt, timeZone) })}
        {' · '}
        <strong className={`home-countdown${countdown.kind === 'overdue' ? ' home-countdown--overdue' : ''}`}>
          {countdown.kind === 'overdue'
            ? t('home.countdown.overdue')
            : t(`home.countdown.${countdown.kind}`, countdown)}
        </strong>
      </p>
    </>
  );
}
