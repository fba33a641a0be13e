import { userError, type Problem, type ProblemCode } from '../errors/problem';
import type { SpreadsheetProblem, SpreadsheetProblemCode } from './spreadsheet-problem';

/**
 * A problem as the userError of an import mutation: field [root, row, column] as far as known, e.g.
 * ["file", "7", "numerator"]. `codes` renames a code where an import already answered another one.
 */
export function toUserError(
  problem: SpreadsheetProblem,
  root: string,
  codes: Partial<Record<SpreadsheetProblemCode, ProblemCode>> = {},
): Problem {
  const field = [root];
  if (problem.row !== undefined) field.push(String(problem.row));
  if (problem.row !== undefined && problem.column !== undefined) field.push(problem.column);
  return userError(codes[problem.code] ?? problem.code, field, problem.message);
}
