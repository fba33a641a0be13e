import type { Message } from './message';

/** Stable codes of the expected failures; the API maps each one onto a GraphQL user error. */
export type DomainErrorCode =
  | 'REQUIRED'
  | 'INVALID_DATE'
  | 'END_BEFORE_START'
  | 'INVALID_TIME_ZONE'
  | 'INVALID_WEEKDAY'
  | 'INVALID_DUE_TIME'
  | 'PERIOD_OUT_OF_RANGE'
  | 'INVALID_SUBMISSION_TIME'
  | 'NEGATIVE_COUNT'
  | 'FRACTIONAL_COUNT'
  | 'COUNT_TOO_LARGE'
  | 'COUNT_OUT_OF_RANGE'
  | 'NUMERATOR_ABOVE_DENOMINATOR'
  | 'TARGET_OUT_OF_RANGE'
  | 'INVALID_WEIGHT'
  | 'INVALID_INDICATOR_CODE'
  | 'DUPLICATE_INDICATOR'
  | 'INVALID_LEGEND'
  | 'INVALID_BONUS'
  | 'INVALID_PENALTY'
  | 'INVALID_TIE_BREAK'
  | 'INVALID_OUTCOME'
  | 'INVALID_PRIORITY'
  | 'INVALID_CONDITION'
  | 'CONDITION_TOO_COSTLY'
  | 'CAMPAIGN_TOO_LONG'
  | 'UNKNOWN_VARIABLE'
  | 'UNKNOWN_OPERATOR'
  | 'INVALID_REMINDER';

/** An expected failure: a stable code, the input field it concerns (as a path) and a sentence in both languages. */
export interface DomainError {
  code: DomainErrorCode;
  field?: string[];
  message: Message;
}

/** The outcome of anything that can fail for a reason the user can fix. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: DomainError[] };

/** Wraps a value as a success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps one or more errors as a failure. */
export function fail<T = never>(errors: DomainError | DomainError[]): Result<T> {
  return { ok: false, errors: Array.isArray(errors) ? errors : [errors] };
}

/** Builds a DomainError; `field` is omitted when not given. */
export function domainError(code: DomainErrorCode, message: Message, field?: string[]): DomainError {
  return field === undefined ? { code, message } : { code, field, message };
}

/** Own-property lookup in a record, immune to keys such as `constructor` or `__proto__`. */
export function ownValue<V>(record: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
