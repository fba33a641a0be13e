import { userError, type Problem } from '../../foundation/errors/problem';
import type { CreateLevelInput } from './create-level.input';

export const LEVEL_KEY_PATTERN = /^[a-z0-9_-]{1,40}$/;
export const LEVEL_DEPTH_MIN = 1;
export const LEVEL_DEPTH_MAX = 20;

/**
 * Checks of a new level's fields that need no database, under `input.<field>` (code INVALID_INPUT). Lengths past
 * the `@MaxLength` of CreateLevelInput are refused before, with every mutation's arguments (TOO_LONG).
 */
export function checkNewLevel(input: CreateLevelInput): Problem[] {
  const invalid = (field: keyof CreateLevelInput, message: string) =>
    userError('INVALID_INPUT', ['input', field], message);
  const errors: Problem[] = [];
  if (!LEVEL_KEY_PATTERN.test(input.key)) {
    errors.push(invalid('key', 'key must be 1–40 lower case letters, digits, - or _'));
  }
  if (input.name.length === 0) errors.push(invalid('name', 'name must not be empty'));
  if (input.depth > LEVEL_DEPTH_MAX) errors.push(invalid('depth', `depth must be ${LEVEL_DEPTH_MAX} or less`));
  if (input.depth < LEVEL_DEPTH_MIN) errors.push(invalid('depth', `depth must be ${LEVEL_DEPTH_MIN} or more`));
  if (!Number.isInteger(input.depth)) errors.push(invalid('depth', 'depth must be an integer number'));
  return errors;
}
