import { formatNumber, type Lang } from '../../../foundation/i18n/format';

/** A percentage in a "(%)" column: 44.70588 → "44,71"; no data (null) is blank, never 0. */
export function percentCell(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  return formatNumber(value, lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
