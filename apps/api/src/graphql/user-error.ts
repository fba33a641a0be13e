import { Field, ObjectType } from 'type-graphql';

/** An expected failure of a mutation: nothing was written. `field` is the path of the input field at fault. */
@ObjectType({ description: 'An expected failure of a mutation; when a payload has any, nothing was written.' })
export class UserError {
  @Field({ description: 'Stable machine-readable code, e.g. DUPLICATE_CODE, STALE, NOT_FOUND.' })
  code: string;

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault, e.g. ["input", "code"].' })
  field: string[] | null;

  @Field()
  message: string;
}

export function userError(code: string, field: string[] | null, message: string): UserError {
  return Object.assign(new UserError(), { code, field, message });
}

/** A service's answer to a write: the object, or the reasons nothing was written. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; userErrors: UserError[] };

export const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T>(...userErrors: UserError[]): Outcome<T> => ({ ok: false, userErrors });

/** Thrown inside a transaction to roll it back and answer with these userErrors. */
export class UserErrorsRollback extends Error {
  constructor(readonly userErrors: UserError[]) {
    super('rolled back: ' + userErrors.map((e) => e.code).join(', '));
  }
}

/** Domain failures (libs/domain) as userErrors, their field paths placed under `prefix` (e.g. ["input"]). */
export function fromDomainErrors(
  errors: readonly { code: string; field?: string[]; message: string }[],
  prefix: string[],
): UserError[] {
  return errors.map((error) =>
    userError(error.code, error.field ? [...prefix, ...error.field] : prefix.length ? prefix : null, error.message),
  );
}

/** Checks a required piece of text: not blank, at most `max` characters. */
export function checkText(value: string | null | undefined, field: string[], label: string, max: number): UserError[] {
  if (value === undefined || value === null) return [];
  const text = value.trim();
  if (!text) return [userError('REQUIRED', field, `The ${label} must not be empty.`)];
  if (text.length > max) return [userError('TOO_LONG', field, `The ${label} must be at most ${max} characters.`)];
  return [];
}
