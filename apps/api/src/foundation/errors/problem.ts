import type { DomainErrorCode, Message } from '@thidua/domain';
import { msg } from '../i18n/message';
import type { SpreadsheetProblemCode } from '../spreadsheets/spreadsheet-problem';

/**
 * Every reason the API gives for not writing (a mutation's `userErrors[].code`), beside the domain's own
 * (`DomainErrorCode`) and a refused file's (`SpreadsheetProblemCode`). Adding a code here is adding it to the API:
 * docs/api.md lists them.
 */
export const API_PROBLEM_CODES = [
  'ALREADY_ARCHIVED',
  'ARCHIVED_PARENT',
  'ARCHIVED_UNIT',
  'CAMPAIGN_CLOSED',
  'CAMPAIGN_HAS_REPORTS',
  'CAMPAIGN_NOT_ACTIVE',
  'CYCLE',
  'DUPLICATE_CODE',
  'DUPLICATE_DECISION_NUMBER',
  'DUPLICATE_EMAIL',
  'DUPLICATE_INDICATOR',
  'DUPLICATE_KEY',
  'DUPLICATE_PROPOSAL',
  'DUPLICATE_TARGET',
  'EMPTY_FILE',
  'EXPIRY_IN_PAST',
  'FED_BY_RECORDS',
  'FILE_REQUIRED',
  'HAS_ACTIVE_CHILDREN',
  'INDICATOR_HAS_TARGETS',
  'INVALID_CREDENTIALS',
  'INVALID_EMAIL',
  'INVALID_FORMAT',
  'INVALID_INPUT',
  'INVALID_MEASURE',
  'INVALID_STATUS_CHANGE',
  'LEVEL_NOT_IN_CAMPAIGN',
  'LOGIN_THROTTLED',
  'MISSING_COLUMN',
  'MISSING_INDICATOR',
  'MALFORMED_CSV',
  'NOT_AN_ADMIN',
  'NOT_A_NUMBER',
  'NOT_FOUND',
  'NO_INDICATORS',
  'NO_TARGETS',
  'PRIMARY_REQUIRED',
  'REPORTS_OUTSIDE_PERIODS',
  'REQUIRED',
  'REVIEW_FINALIZED',
  'REVIEW_PERIOD_NOT_DUE',
  'RULES_INVALID',
  'SELF_LOCKOUT',
  'SLUG_TAKEN',
  'STALE',
  'SUBMITTED_AT_IN_FUTURE',
  'SUBMITTED_AT_NOT_ALLOWED',
  'TARGET_SCOPE',
  'TOO_LONG',
  'TOO_MANY',
  'TOO_MANY_ERRORS',
  'TOO_MANY_ROWS',
  'TOO_MANY_TARGETS',
  'UNDECIDED_PROPOSALS',
  'UNIT_NOT_IN_CAMPAIGN',
  'UNIT_REQUIRED',
  'UNKNOWN_EVENT_TYPE',
  'UNKNOWN_INDICATOR',
  'UNKNOWN_LEVEL',
  'UNKNOWN_PARENT',
  'UNKNOWN_SCOPE',
  'UNKNOWN_TARGET_SET',
  'UNKNOWN_UNIT',
  'UNRESOLVED_CONFLICTS',
  'URL_NOT_ALLOWED',
  'USER_DISABLED',
  'WEAK_PASSWORD',
] as const;

export type ProblemCode = (typeof API_PROBLEM_CODES)[number] | DomainErrorCode | SpreadsheetProblemCode;

/**
 * An expected failure of a write: nothing was written. `field` is the path of the input field at fault; `message`
 * is in both languages, the GraphQL edge answers the caller's (`UserError.message`, by `Accept-Language`).
 */
export interface Problem {
  code: ProblemCode;
  field: string[] | null;
  message: Message;
}

/** A problem; its message in both languages (`msg(en, vi)`). */
export function userError(code: ProblemCode, field: string[] | null, message: Message): Problem {
  return { code, field, message };
}

/** A service's answer to a write: the object, or the reasons nothing was written. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; userErrors: Problem[] };

export const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T>(...userErrors: Problem[]): Outcome<T> => ({ ok: false, userErrors });

/** Thrown inside a transaction to roll it back and answer with these problems. */
export class UserErrorsRollback extends Error {
  constructor(readonly userErrors: Problem[]) {
    super('rolled back: ' + userErrors.map((e) => e.code).join(', '));
  }
}

/** Domain failures (libs/domain) as problems, their field paths placed under `prefix` (e.g. ["input"]). */
export function fromDomainErrors(
  errors: readonly { code: DomainErrorCode; field?: string[]; message: Message }[],
  prefix: string[],
): Problem[] {
  return errors.map((error) =>
    userError(error.code, error.field ? [...prefix, ...error.field] : prefix.length ? prefix : null, error.message),
  );
}

/** The pieces of text `checkText` names, in Vietnamese. */
const TEXT_LABELS_VI = {
  name: 'tên',
  description: 'mô tả',
  'numerator label': 'nhãn số đạt',
  'denominator label': 'nhãn tổng số',
  form: 'hình thức',
  reason: 'lý do',
  'decision number': 'số quyết định',
  note: 'ghi chú',
} as const;

export type TextLabel = keyof typeof TEXT_LABELS_VI;

/** Checks a required piece of text: not blank, at most `max` characters. */
export function checkText(value: string | null | undefined, field: string[], label: TextLabel, max: number): Problem[] {
  if (value === undefined || value === null) return [];
  const text = value.trim();
  const vi = TEXT_LABELS_VI[label].charAt(0).toUpperCase() + TEXT_LABELS_VI[label].slice(1);
  if (!text)
    return [userError('REQUIRED', field, msg(`The ${label} must not be empty.`, `${vi} không được để trống.`))];
  if (text.length > max) {
    return [
      userError(
        'TOO_LONG',
        field,
        msg(`The ${label} must be at most ${max} characters.`, `${vi} dài tối đa ${max} ký tự.`),
      ),
    ];
  }
  return [];
}
