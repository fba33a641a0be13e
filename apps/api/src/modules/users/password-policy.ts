import { userError, type Problem } from '../../foundation/errors/problem';
import { msg } from '../../foundation/i18n/message';

/** At least 10 characters, at most 200, with a letter and a digit. */
export function checkPassword(password: string, field: string[]): Problem[] {
  if (password.length < 10)
    return [
      userError(
        'WEAK_PASSWORD',
        field,
        msg('The password must be at least 10 characters long.', 'Mật khẩu phải dài ít nhất 10 ký tự.'),
      ),
    ];
  if (password.length > 200)
    return [
      userError(
        'TOO_LONG',
        field,
        msg('The password must be at most 200 characters long.', 'Mật khẩu dài tối đa 200 ký tự.'),
      ),
    ];
  if (!/\p{L}/u.test(password) || !/\d/.test(password))
    return [
      userError(
        'WEAK_PASSWORD',
        field,
        msg(
          'The password needs at least one letter and one digit.',
          'Mật khẩu cần có ít nhất một chữ cái và một chữ số.',
        ),
      ),
    ];
  return [];
}
