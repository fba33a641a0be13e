import { userError, type Problem } from '../../foundation/errors/problem';
import { UNIT_CODE_PATTERN, UNIT_NAME_MAX } from './unit.inputs';
import { msg } from '../../foundation/i18n/message';

/** Checks of a unit's own fields that need no database; `path` prefixes the field of each error. */
export function checkUnitFields(fields: { code?: string; name?: string }, path: string[]): Problem[] {
  const errors: Problem[] = [];
  if (fields.code !== undefined) {
    const code = fields.code.trim();
    if (!code)
      errors.push(
        userError('REQUIRED', [...path, 'code'], msg('The code must not be empty.', 'Mã không được để trống.')),
      );
    else if (code.length > 40)
      errors.push(
        userError(
          'TOO_LONG',
          [...path, 'code'],
          msg('The code must be at most 40 characters.', 'Mã dài tối đa 40 ký tự.'),
        ),
      );
    else if (!UNIT_CODE_PATTERN.test(code)) {
      errors.push(
        userError(
          'INVALID_FORMAT',
          [...path, 'code'],
          msg(
            'The code may contain only letters, digits, ".", "_" and "-".',
            'Mã chỉ được gồm chữ cái, chữ số và các ký tự ".", "_", "-".',
          ),
        ),
      );
    }
  }
  if (fields.name !== undefined) {
    const name = fields.name.trim();
    if (!name)
      errors.push(
        userError('REQUIRED', [...path, 'name'], msg('The name must not be empty.', 'Tên không được để trống.')),
      );
    else if (name.length > UNIT_NAME_MAX) {
      errors.push(
        userError(
          'TOO_LONG',
          [...path, 'name'],
          msg(`The name must be at most ${UNIT_NAME_MAX} characters.`, `Tên dài tối đa ${UNIT_NAME_MAX} ký tự.`),
        ),
      );
    }
  }
  return errors;
}

/** A unit may not be placed under `parent` (its code or name, as the caller knows it): it is archived. */
export function archivedParent(field: string[], parent: string): Problem {
  return userError(
    'ARCHIVED_PARENT',
    field,
    msg(
      `"${parent}" is archived and cannot have units under it.`,
      `"${parent}" đã được lưu trữ nên không thể có đơn vị trực thuộc.`,
    ),
  );
}
