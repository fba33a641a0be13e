import { userError, type Problem } from '../../foundation/errors/problem';
import type { CreateLevelInput } from './create-level.input';
import { msg, type Message } from '../../foundation/i18n/message';

export const LEVEL_KEY_PATTERN = /^[a-z0-9_-]{1,40}$/;
export const LEVEL_DEPTH_MIN = 1;
export const LEVEL_DEPTH_MAX = 20;

/**
 * Checks of a new level's fields that need no database, under `input.<field>` (code INVALID_INPUT). Lengths past
 * the `@MaxLength` of CreateLevelInput are refused before, with every mutation's arguments (TOO_LONG).
 */
export function checkNewLevel(input: CreateLevelInput): Problem[] {
  const invalid = (field: keyof CreateLevelInput, message: Message) =>
    userError('INVALID_INPUT', ['input', field], message);
  const errors: Problem[] = [];
  if (!LEVEL_KEY_PATTERN.test(input.key)) {
    errors.push(
      invalid(
        'key',
        msg(
          'key must be 1–40 lower case letters, digits, - or _',
          'key phải gồm 1–40 chữ cái thường, chữ số, - hoặc _',
        ),
      ),
    );
  }
  if (input.name.length === 0) errors.push(invalid('name', msg('name must not be empty', 'name không được để trống')));
  if (input.depth > LEVEL_DEPTH_MAX)
    errors.push(
      invalid(
        'depth',
        msg(`depth must be ${LEVEL_DEPTH_MAX} or less`, `depth phải nhỏ hơn hoặc bằng ${LEVEL_DEPTH_MAX}`),
      ),
    );
  if (input.depth < LEVEL_DEPTH_MIN)
    errors.push(
      invalid(
        'depth',
        msg(`depth must be ${LEVEL_DEPTH_MIN} or more`, `depth phải lớn hơn hoặc bằng ${LEVEL_DEPTH_MIN}`),
      ),
    );
  if (!Number.isInteger(input.depth))
    errors.push(invalid('depth', msg('depth must be an integer number', 'depth phải là số nguyên')));
  return errors;
}
