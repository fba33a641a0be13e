import { userError, type Problem } from '../../foundation/errors/problem';
import { UNIT_CODE_PATTERN, UNIT_NAME_MAX } from './unit.inputs';

/** Checks of a unit's own fields that need no database; `path` prefixes the field of each error. */
export function checkUnitFields(fields: { code?: string; name?: string }, path: string[]): Problem[] {
  const errors: Problem[] = [];
  if (fields.code !== undefined) {
    const code = fields.code.trim();
    if (!code) errors.push(userError('REQUIRED', [...path, 'code'], 'The code must not be empty.'));
    else if (code.length > 40)
      errors.push(userError('TOO_LONG', [...path, 'code'], 'The code must be at most 40 characters.'));
    else if (!UNIT_CODE_PATTERN.test(code)) {
      errors.push(
        userError('INVALID_FORMAT', [...path, 'code'], 'The code may contain only letters, digits, ".", "_" and "-".'),
      );
    }
  }
  if (fields.name !== undefined) {
    const name = fields.name.trim();
    if (!name) errors.push(userError('REQUIRED', [...path, 'name'], 'The name must not be empty.'));
    else if (name.length > UNIT_NAME_MAX) {
      errors.push(userError('TOO_LONG', [...path, 'name'], `The name must be at most ${UNIT_NAME_MAX} characters.`));
    }
  }
  return errors;
}
