import { DomainError, Result, domainError, fail, ok } from '../result';
import { msg } from '../message';

/**
 * Indicator codes are upper-case words joined by underscores (ONLINE_RESOLUTION): they appear in rule variables
 * such as `indicators.ONLINE_RESOLUTION.rate`, where a dot or a lower-case built-in name would break the path.
 */
export const INDICATOR_CODE_PATTERN = /^[A-Z][A-Z0-9_]{0,63}$/;

/** Checks one indicator code. */
export function validateIndicatorCode(code: string, field: string[] = ['code']): Result<string> {
  if (typeof code !== 'string' || !INDICATOR_CODE_PATTERN.test(code)) {
    return fail(
      domainError(
        'INVALID_INDICATOR_CODE',
        msg(
          `The indicator code "${String(code)}" must start with a capital letter and use only capital letters, digits and underscores (at most 64), e.g. ONLINE_RESOLUTION.`,
          `Mã chỉ số "${String(code)}" phải bắt đầu bằng chữ in hoa và chỉ gồm chữ in hoa, chữ số và dấu gạch dưới (tối đa 64 ký tự), ví dụ ONLINE_RESOLUTION.`,
        ),
        field,
      ),
    );
  }
  return ok(code);
}

/** Checks a campaign's list of indicator codes: each well formed, none repeated. */
export function validateIndicatorCodes(codes: readonly string[], field: string[] = ['indicators']): Result<string[]> {
  const errors: DomainError[] = [];
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    const checked = validateIndicatorCode(code, [...field, String(i)]);
    if (!checked.ok) errors.push(...checked.errors);
    else if (seen.has(code)) {
      errors.push(
        domainError(
          'DUPLICATE_INDICATOR',
          msg(`The indicator ${code} is listed more than once.`, `Chỉ số ${code} được liệt kê nhiều lần.`),
          [...field, String(i)],
        ),
      );
    }
    seen.add(code);
  });
  return errors.length > 0 ? fail(errors) : ok([...codes]);
}
