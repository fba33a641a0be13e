import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber, formatPercent, toLang } from './format';

/** The format helpers bound to the current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = toLang(i18n.language);
  return useMemo(
    () => ({
      lang,
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, lang, options),
      percent: (value: number | null | undefined, fractionDigits?: number) => formatPercent(value, lang, fractionDigits),
      date: formatDate,
      dateTime: formatDateTime,
    }),
    [lang],
  );
}
