import { exactTarget, meetsTarget as meetsExactTarget, rateOf, reportedCountErrors } from '@thidua/domain';
import type { Lang } from '../../../foundation/i18n/format';

/** The codes of @thidua/domain's rule for a report value (the server's), plus what only a text box can get wrong. */
export type CountErrorCode =
  | 'REQUIRED'
  | 'NOT_A_NUMBER'
  | 'FRACTIONAL_COUNT'
  | 'NEGATIVE_COUNT'
  | 'COUNT_OUT_OF_RANGE'
  | 'NUMERATOR_ABOVE_DENOMINATOR';

export interface CountCheck {
  /** The number typed, whole or not; null when it is not a number at all. */
  value: number | null;
  error: CountErrorCode | null;
}

/** Thousands grouped the language's way: 42.839 (vi), 42,839 (en). */
const GROUPED: Record<Lang, RegExp> = { vi: /^\d{1,3}(\.\d{3})+$/, en: /^\d{1,3}(,\d{3})+$/ };
const PLAIN = /^[-+]?\d+([.,]\d+)?$/;

/**
 * One dossier count as typed, held to the server's own rule (@thidua/domain: a whole number from 0 to
 * 1.000.000.000), so that the form says what the server would; spaces and the language's thousands separators are
 * allowed.
 */
export function checkCount(text: string, lang: Lang): CountCheck {
  const compact = text.replace(/\s/g, '');
  if (!compact) return { value: null, error: 'REQUIRED' };
  let value: number;
  if (GROUPED[lang].test(compact)) value = Number(compact.replace(/[.,]/g, ''));
  else if (PLAIN.test(compact)) value = Number(compact.replace(',', '.'));
  else return { value: null, error: 'NOT_A_NUMBER' };
  const [fault] = reportedCountErrors(value, 'numerator');
  return { value, error: fault ? (fault.code as CountErrorCode) : null };
}

export interface ValueRowCheck {
  numerator: CountCheck;
  denominator: CountCheck;
  /** Both whole counts with numerator ≤ denominator. */
  valid: boolean;
}

/** A row of the form: each count on its own, then the numerator not above the denominator (said on the numerator). */
export function checkValueRow(numerator: string, denominator: string, lang: Lang): ValueRowCheck {
  const n = checkCount(numerator, lang);
  const d = checkCount(denominator, lang);
  if (!n.error && !d.error && (n.value as number) > (d.value as number)) {
    return { numerator: { ...n, error: 'NUMERATOR_ABOVE_DENOMINATOR' }, denominator: d, valid: false };
  }
  return { numerator: n, denominator: d, valid: !n.error && !d.error };
}

/** The rate in percent (@thidua/domain's `rateOf`); null (no data, shown blank) when the row is invalid or D = 0. */
export function liveRate(row: ValueRowCheck): number | null {
  if (!row.valid) return null;
  return rateOf({ numerator: row.numerator.value as number, denominator: row.denominator.value as number });
}

/**
 * Met when rate ≥ target, compared exactly as the server does (@thidua/domain's `meetsTarget`, docs/domain.md §4):
 * the target is read as the decimal it is spelled as, so neither 57 / 100 · 100 = 56,99999… nor 14.3 · 100 =
 * 1430,0000000000002 in floating point decides it. D must be above 0.
 */
export function meetsTarget(numerator: number, denominator: number, target: number): boolean {
  return meetsExactTarget(numerator, denominator, exactTarget(target));
}
