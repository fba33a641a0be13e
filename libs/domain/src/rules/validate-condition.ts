import { DomainError, Result, domainError, fail, ok } from '../result';
import {
  ARRAY_OPERATORS,
  CONDITION_LIMITS,
  count,
  countVi,
  estimateConditionSteps,
  where,
  whereVi,
} from './condition-cost';
import { INDICATOR_FACT_NAMES, UNIT_FACT_VARIABLES, factVariables } from './facts';
import type { JsonValue } from './json-value';
import { msg, type Message } from '../message';

export type { JsonValue } from './json-value';

/**
 * A condition that passed validation, with the fact variables it reads (for the proposal's reason) and an upper
 * bound on the steps of its evaluation for one unit (see estimateConditionSteps).
 */
export interface ValidCondition {
  condition: JsonValue;
  variables: string[];
  steps: number;
}

/**
 * json-logic-js's standard operations, less `log` (it writes to the console: no side effects in domain code).
 * Values are [least, most] argument counts (Infinity: any).
 */
const OPERATORS: ReadonlyMap<string, readonly [number, number]> = new Map<string, readonly [number, number]>([
  ['var', [1, 2]],
  ['missing', [1, Infinity]],
  ['missing_some', [2, 2]],
  ['if', [1, Infinity]],
  ['?:', [1, Infinity]],
  ['==', [2, 2]],
  ['===', [2, 2]],
  ['!=', [2, 2]],
  ['!==', [2, 2]],
  ['!', [1, 1]],
  ['!!', [1, 1]],
  ['or', [1, Infinity]],
  ['and', [1, Infinity]],
  ['>', [2, 2]],
  ['>=', [2, 2]],
  ['<', [2, 3]],
  ['<=', [2, 3]],
  ['max', [1, Infinity]],
  ['min', [1, Infinity]],
  ['+', [1, Infinity]],
  ['-', [1, 2]],
  ['*', [1, Infinity]],
  ['/', [2, 2]],
  ['%', [2, 2]],
  ['map', [2, 2]],
  ['filter', [2, 2]],
  ['reduce', [2, 3]],
  ['all', [2, 2]],
  ['none', [2, 2]],
  ['some', [2, 2]],
  ['merge', [0, Infinity]],
  ['in', [2, 2]],
  ['cat', [0, Infinity]],
  ['substr', [2, 3]],
]);

const { maxCharacters: MAX_CHARACTERS, maxDepth: MAX_DEPTH, maxParts: MAX_NODES, maxArrayNesting } = CONDITION_LIMITS;

// Inside map/filter/all/none/some `var ""` is the element; inside reduce, `current` and `accumulator`.
type Scope = 'facts' | 'element' | 'reduce';

interface Walk {
  known: ReadonlySet<string>;
  indicatorCodes: readonly string[];
  errors: DomainError[];
  variables: Set<string>;
  nodes: number;
}

/** Reads a condition from JSON text (as stored or typed), or an INVALID_CONDITION error. */
export function parseCondition(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return fail(
      domainError(
        'INVALID_CONDITION',
        msg('The condition is not valid JSON.', 'Điều kiện không phải là JSON hợp lệ.'),
        ['condition'],
      ),
    );
  }
}

/**
 * Checks a JSON Logic condition before it is saved or run: only json-logic-js's standard operators (not `log`),
 * each with a sensible number of arguments; `var` names written out and known facts of the campaign (docs/domain.md
 * §5);
 * plain JSON only, within CONDITION_LIMITS (characters, depth, parts, list operators inside one another, and the
 * estimated work for one unit). Every problem is reported, each naming the operator or variable and where.
 */
export function validateCondition(condition: unknown, indicatorCodes: readonly string[]): Result<ValidCondition> {
  const walk: Walk = {
    known: new Set(factVariables(indicatorCodes)),
    indicatorCodes,
    errors: [],
    variables: new Set(),
    nodes: 0,
  };
  if (condition === undefined) {
    return fail(
      domainError('INVALID_CONDITION', msg('The condition is empty.', 'Điều kiện đang để trống.'), ['condition']),
    );
  }
  const characters = JSON.stringify(condition)?.length ?? 0;
  if (characters > MAX_CHARACTERS) {
    const limit = count(MAX_CHARACTERS);
    const message = msg(
      `The condition is too long: ${count(characters)} characters of JSON; at most ${limit}.`,
      `Điều kiện quá dài: ${countVi(characters)} ký tự JSON; tối đa ${countVi(MAX_CHARACTERS)}.`,
    );
    return fail(domainError('INVALID_CONDITION', message, ['condition']));
  }
  visit(walk, condition, [], 'facts', 0);
  if (walk.errors.length > 0) return fail(walk.errors);
  const steps = estimateConditionSteps(condition as JsonValue);
  if (!steps.ok) return fail(steps.errors);
  return ok({ condition: condition as JsonValue, variables: [...walk.variables], steps: steps.value });
}

/** `nesting`: how many bodies of list operators (map, filter, reduce, all, some, none) enclose the node. */
function visit(walk: Walk, node: unknown, path: string[], scope: Scope, nesting: number): void {
  walk.nodes++;
  if (walk.nodes === MAX_NODES + 1) {
    report(
      walk,
      'INVALID_CONDITION',
      msg(
        `The condition is too large: more than ${MAX_NODES} parts.`,
        `Điều kiện quá lớn: nhiều hơn ${MAX_NODES} thành phần.`,
      ),
      path,
    );
  }
  if (path.length > MAX_DEPTH * 2) {
    report(
      walk,
      'INVALID_CONDITION',
      msg(`The condition is nested more than ${MAX_DEPTH} levels deep.`, `Điều kiện lồng sâu hơn ${MAX_DEPTH} cấp.`),
      path,
    );
    return;
  }
  if (node === null || typeof node === 'boolean' || typeof node === 'string') return;
  if (typeof node === 'number') {
    if (!Number.isFinite(node))
      report(
        walk,
        'INVALID_CONDITION',
        msg('The condition contains a number that is not finite.', 'Điều kiện chứa một số không hữu hạn.'),
        path,
      );
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((item, i) => visit(walk, item, [...path, String(i)], scope, nesting));
    return;
  }
  if (typeof node !== 'object' || Object.getPrototypeOf(node) !== Object.prototype) {
    report(
      walk,
      'INVALID_CONDITION',
      msg('The condition may only contain JSON values.', 'Điều kiện chỉ được chứa các giá trị JSON.'),
      path,
    );
    return;
  }
  const keys = Object.keys(node);
  if (keys.length !== 1) {
    const found = keys.length === 0 ? null : keys.map((key) => `"${key}"`).join(', ');
    report(
      walk,
      'INVALID_CONDITION',
      msg(
        `Each operation must have exactly one operator; found ${found ?? 'none'}.`,
        `Mỗi phép toán phải có đúng một toán tử; tìm thấy ${found ?? 'không có toán tử nào'}.`,
      ),
      path,
    );
    return;
  }
  visitOperation(walk, keys[0], (node as Record<string, unknown>)[keys[0]], [...path, keys[0]], scope, nesting);
}

function visitOperation(
  walk: Walk,
  operator: string,
  value: unknown,
  path: string[],
  scope: Scope,
  nesting: number,
): void {
  const arity = OPERATORS.get(operator);
  if (arity === undefined) {
    const allowed = [...OPERATORS.keys()].join(' ');
    const why =
      operator === 'log' ? 'it writes to the console, which rules may not do' : `allowed operators are ${allowed}`;
    const whyVi =
      operator === 'log'
        ? 'toán tử này ghi ra console, điều mà tiêu chí không được làm'
        : `các toán tử được dùng: ${allowed}`;
    report(
      walk,
      'UNKNOWN_OPERATOR',
      msg(
        `The condition uses the unknown operator "${operator}"${where(path)}; ${why}.`,
        `Điều kiện dùng toán tử không xác định "${operator}"${whereVi(path)}; ${whyVi}.`,
      ),
      path,
    );
    return;
  }
  const args = Array.isArray(value) ? value : [value];
  if (args.length < arity[0] || args.length > arity[1]) {
    const expected =
      arity[0] === arity[1]
        ? `${arity[0]}`
        : arity[1] === Infinity
          ? `at least ${arity[0]}`
          : `${arity[0]} to ${arity[1]}`;
    const expectedVi =
      arity[0] === arity[1]
        ? `${arity[0]}`
        : arity[1] === Infinity
          ? `ít nhất ${arity[0]}`
          : `từ ${arity[0]} đến ${arity[1]}`;
    report(
      walk,
      'INVALID_CONDITION',
      msg(
        `The operator "${operator}"${where(path)} takes ${expected} argument${arity[0] === 1 && arity[1] !== 2 && arity[1] !== 3 ? '' : 's'}, not ${args.length}.`,
        `Toán tử "${operator}"${whereVi(path)} nhận ${expectedVi} tham số, không phải ${args.length}.`,
      ),
      path,
    );
    return;
  }
  if (operator === 'var') {
    visitVariable(walk, args[0], path, scope);
    if (args.length === 2) visit(walk, args[1], [...path, '1'], scope, nesting);
  } else if (operator === 'missing' || operator === 'missing_some') {
    visitMissing(walk, operator, args, path, scope);
  } else if (ARRAY_OPERATORS.has(operator)) {
    if (nesting + 1 > maxArrayNesting) {
      report(
        walk,
        'CONDITION_TOO_COSTLY',
        msg(
          `The condition has "${operator}"${where(path)} inside the body of another list operator, ${nesting + 1} ` +
            `levels deep; at most ${maxArrayNesting} levels of map, filter, reduce, all, some and none are allowed.`,
          `Điều kiện có "${operator}"${whereVi(path)} nằm trong thân của một toán tử danh sách khác, sâu ${nesting + 1} ` +
            `cấp; chỉ cho phép tối đa ${maxArrayNesting} cấp map, filter, reduce, all, some và none.`,
        ),
        path,
      );
      return;
    }
    visit(walk, args[0], [...path, '0'], scope, nesting);
    visit(walk, args[1], [...path, '1'], operator === 'reduce' ? 'reduce' : 'element', nesting + 1);
    if (args.length === 3) visit(walk, args[2], [...path, '2'], scope, nesting);
  } else {
    args.forEach((arg, i) => visit(walk, arg, [...path, String(i)], scope, nesting));
  }
}

function visitVariable(walk: Walk, name: unknown, path: string[], scope: Scope): void {
  if (typeof name !== 'string' && name !== null) {
    report(
      walk,
      'INVALID_CONDITION',
      msg(
        `The variable name${where(path)} must be written out as text, e.g. {"var": "score"}.`,
        `Tên biến${whereVi(path)} phải được viết dưới dạng chuỗi, ví dụ {"var": "score"}.`,
      ),
      path,
    );
    return;
  }
  const variable = name ?? '';
  if (scope === 'element' && variable === '') return;
  if (scope === 'reduce' && (variable === 'current' || variable === 'accumulator')) return;
  if (scope === 'facts' && walk.known.has(variable)) {
    walk.variables.add(variable);
    return;
  }
  report(walk, 'UNKNOWN_VARIABLE', unknownVariableMessage(walk, variable, path, scope), path);
}

function visitMissing(walk: Walk, operator: string, args: unknown[], path: string[], scope: Scope): void {
  const names = operator === 'missing_some' ? args[1] : args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
  if (operator === 'missing_some' && (typeof args[0] !== 'number' || !Array.isArray(names))) {
    report(
      walk,
      'INVALID_CONDITION',
      msg(
        `"missing_some"${where(path)} takes a number and a list of variable names.`,
        `"missing_some"${whereVi(path)} nhận một số và một danh sách tên biến.`,
      ),
      path,
    );
    return;
  }
  (names as unknown[]).forEach((name) => visitVariable(walk, name, path, scope));
}

function unknownVariableMessage(walk: Walk, variable: string, path: string[], scope: Scope): Message {
  if (scope === 'element') {
    return msg(
      `Inside map, filter, all, none and some only {"var": ""} (the element) can be used, not "${variable}"${where(path)}.`,
      `Trong map, filter, all, none và some chỉ được dùng {"var": ""} (phần tử), không dùng "${variable}"${whereVi(path)}.`,
    );
  }
  if (scope === 'reduce')
    return msg(
      `Inside "reduce" only "current" and "accumulator" can be used, not "${variable}"${where(path)}.`,
      `Trong "reduce" chỉ được dùng "current" và "accumulator", không dùng "${variable}"${whereVi(path)}.`,
    );
  const parts = variable.split('.');
  const listed = walk.indicatorCodes.length > 0 ? walk.indicatorCodes.join(', ') : null;
  const codes = listed ?? 'none';
  const codesVi = listed ?? 'không có';
  if (parts[0] === 'indicators' && parts.length === 3 && !walk.indicatorCodes.includes(parts[1])) {
    return msg(
      `The condition uses the unknown variable "${variable}"${where(path)}: the campaign has no indicator ${parts[1]} (its indicators: ${codes}).`,
      `Điều kiện dùng biến không xác định "${variable}"${whereVi(path)}: chiến dịch không có chỉ số ${parts[1]} (các chỉ số của chiến dịch: ${codesVi}).`,
    );
  }
  return msg(
    `The condition uses the unknown variable "${variable}"${where(path)}. Known variables: ${UNIT_FACT_VARIABLES.join(', ')}, ` +
      `and indicators.<CODE>.${INDICATOR_FACT_NAMES.join('|')} for the indicators ${codes}.`,
    `Điều kiện dùng biến không xác định "${variable}"${whereVi(path)}. Các biến được dùng: ${UNIT_FACT_VARIABLES.join(', ')}, ` +
      `và indicators.<CODE>.${INDICATOR_FACT_NAMES.join('|')} cho các chỉ số ${codesVi}.`,
  );
}

function report(walk: Walk, code: DomainError['code'], message: Message, path: string[]): void {
  walk.errors.push(domainError(code, message, ['condition', ...path]));
}
