import { DomainError, Result, domainError, fail, ok } from '../result';
import { validateCondition } from './validate-condition';
import { msg } from '../message';

/** What a rule proposes. */
export type Outcome = 'COMMENDATION' | 'DISCIPLINE';

/** The outcomes, commendation first. */
export const OUTCOMES: readonly Outcome[] = ['COMMENDATION', 'DISCIPLINE'];

/**
 * An emulation rule: when its JSON Logic condition holds for a unit, it proposes its form of commendation or
 * discipline.
 */
export interface EmulationRule {
  code: string;
  name: string;
  outcome: Outcome;
  /** e.g. "Bằng khen của Chủ tịch UBND tỉnh", "Phê bình". */
  form: string;
  /** Higher wins among matching rules of the same outcome. */
  priority: number;
  /** A JSON Logic expression over the unit's facts (see UnitFacts). */
  condition: unknown;
}

/**
 * Checks a rule before it is saved: code, name and form given, a known outcome, a whole priority and a valid condition.
 */
export function validateRule(rule: EmulationRule, indicatorCodes: readonly string[]): Result<EmulationRule> {
  const errors: DomainError[] = [];
  const namesVi = { code: 'mã', name: 'tên', form: 'hình thức' } as const;
  for (const field of ['code', 'name', 'form'] as const) {
    if (typeof rule[field] !== 'string' || rule[field].trim() === '') {
      errors.push(
        domainError('REQUIRED', msg(`The rule needs a ${field}.`, `Tiêu chí thi đua cần có ${namesVi[field]}.`), [
          field,
        ]),
      );
    }
  }
  if (!OUTCOMES.includes(rule.outcome)) {
    errors.push(
      domainError(
        'INVALID_OUTCOME',
        msg(
          `"${String(rule.outcome)}" is not an outcome; use COMMENDATION or DISCIPLINE.`,
          `"${String(rule.outcome)}" không phải là kết quả hợp lệ; hãy dùng COMMENDATION hoặc DISCIPLINE.`,
        ),
        ['outcome'],
      ),
    );
  }
  if (!Number.isSafeInteger(rule.priority)) {
    errors.push(
      domainError(
        'INVALID_PRIORITY',
        msg(
          `The priority ${String(rule.priority)} is not a whole number.`,
          `Độ ưu tiên ${String(rule.priority)} không phải là số nguyên.`,
        ),
        ['priority'],
      ),
    );
  }
  const condition = validateCondition(rule.condition, indicatorCodes);
  if (!condition.ok) errors.push(...condition.errors);
  return errors.length > 0 ? fail(errors) : ok(rule);
}
