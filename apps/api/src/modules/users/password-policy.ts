import { userError, type Problem } from '../../foundation/errors/problem';

/** At least 10 characters, at most 200, with a letter and a digit. */
export function checkPassword(password: string, field: string[]): Problem[] {
  if (password.length < 10)
    return [userError('WEAK_PASSWORD', field, 'The password must be at least 10 characters long.')];
  if (password.length > 200) return [userError('TOO_LONG', field, 'The password must be at most 200 characters long.')];
  if (!/\p{L}/u.test(password) || !/\d/.test(password))
    return [userError('WEAK_PASSWORD', field, 'The password needs at least one letter and one digit.')];
  return [];
}
