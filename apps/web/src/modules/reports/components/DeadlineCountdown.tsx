import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { countdownText } from '../utils/countdown';
import type { PeriodLike } from '../utils/period-status';

/** The time left until the next due instant, or that the campaign's reporting has ended. */
export function DeadlineCountdown({
  periods,
  timeZone,
  now,
}: {
  periods: ReadonlyArray<PeriodLike>;
  timeZone: string;
  now: Date;
}) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  return <p className="deadline-countdown">{countdownText(periods, now, timeZone, t, lang)}</p>;
}
