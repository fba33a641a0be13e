import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client';
import type { TFunction } from 'i18next';

export interface UserErrorLike {
  code: string;
  field?: ReadonlyArray<string> | null;
  message: string;
}

export interface SplitUserErrors<F extends string> {
  byField: Partial<Record<F, string[]>>;
  general: string[];
}

/**
 * Puts each userError beside the form field it names. The field path may be `["code"]` or `["input", "code"]`:
 * the last segment that is one of the form's fields wins; anything else goes to the top of the form.
 */
export function splitUserErrors<F extends string>(
  errors: ReadonlyArray<UserErrorLike>,
  fields: ReadonlyArray<F>,
  describe: (error: UserErrorLike) => string = (error) => error.message,
): SplitUserErrors<F> {
  const byField: Partial<Record<F, string[]>> = {};
  const general: string[] = [];
  for (const error of errors) {
    const path = error.field ?? [];
    const field = [...path]
      .reverse()
      .find((segment): segment is F => (fields as ReadonlyArray<string>).includes(segment));
    if (field) (byField[field] ??= []).push(describe(error));
    else general.push(describe(error));
  }
  return { byField, general };
}

export interface SplitListUserErrors {
  /** Item index → the messages naming that item. */
  byItem: Record<number, string[]>;
  /** The errors that name no item of the list (for splitUserErrors). */
  rest: UserErrorLike[];
}

/**
 * Puts each userError that names an item of a list field — `["input", "recipients", "2"]` — beside that item (the
 * list has `length` items as sent); every other error is left in `rest`.
 */
export function splitListUserErrors(
  errors: ReadonlyArray<UserErrorLike>,
  list: string,
  length: number,
  describe: (error: UserErrorLike) => string = (error) => error.message,
): SplitListUserErrors {
  const byItem: Record<number, string[]> = {};
  const rest: UserErrorLike[] = [];
  for (const error of errors) {
    const path = error.field ?? [];
    const at = path.lastIndexOf(list);
    const index = at >= 0 && at === path.length - 2 ? Number(path[at + 1]) : NaN;
    if (Number.isInteger(index) && index >= 0 && index < length) (byItem[index] ??= []).push(describe(error));
    else rest.push(error);
  }
  return { byItem, rest };
}

/**
 * The interface's own words for a userError code it knows (the server's message is English and for developers as
 * much as for users); the server's message for any other code.
 */
export function describeUserError(error: UserErrorLike, t: TFunction, exists: (key: string) => boolean): string {
  const key = `userErrors.${error.code}`;
  return exists(key) ? (t as unknown as (key: string) => string)(key) : error.message;
}

/** A request that failed outright (not a userError), said in the user's language without internal details. */
export function describeRequestError(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => e.extensions?.['code']);
    const limited = error.errors.find((e) => e.extensions?.['code'] === 'RATE_LIMITED');
    if (limited) return t('common.rateLimited', { count: Number(limited.extensions?.['retryAfterSeconds']) || 1 });
    if (codes.includes('FORBIDDEN')) return t('common.forbidden');
    const input = error.errors.find((e) => e.extensions?.['code'] === 'BAD_USER_INPUT');
    if (input) return input.message;
    return t('common.unexpectedError');
  }
  if (ServerError.is(error) && error.statusCode === 429) {
    return t('common.rateLimited', { count: Number(error.response.headers.get('retry-after')) || 1 });
  }
  if (ServerError.is(error) || ServerParseError.is(error)) return t('common.unexpectedError');
  return t('common.networkError');
}
