import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber, formatPercent, formatWeekdayDateTime, toLang } from './format';

/** The format helpers bound to the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = toLang(i18n.language);
  return useMemo(
    () => ({
      lang,
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, lang, options),
      percent: (value: number | null | undefined, fractionDigits?: number) =>
        formatPercent(value, lang, fractionDigits),
      date: formatDate,
      dateTime: formatDateTime,
      weekdayDateTime: (value: string | Date, timeZone?: string) => formatWeekdayDateTime(value, timeZone, lang),
    }),
    [lang],
  );
}
