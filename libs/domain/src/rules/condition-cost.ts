import { DomainError, Result, domainError, fail, ok } from '../result';
import type { JsonValue } from './json-value';
import { msg, type Message } from '../message';

/**
 * Bounds on a rule's condition and on the work of running rules, so that no rule (saved or previewed) can hold
 * the server: a 600-character condition of nested `map`s once took 16 s. A step is one evaluation of a node by
 * json-logic, or one list element or 16 characters copied or compared: 60–250 ns measured, so a run at the limit
 * is 0,3–1,3 s of work (the API runs it in slices, between which other requests are served).
 */
export const CONDITION_LIMITS = {
  /** Characters of the condition's JSON text. */
  maxCharacters: 5_000,
  /** Levels of operators and lists inside one another. */
  maxDepth: 32,
  /** Operators, lists and values in all. */
  maxParts: 1_000,
  /** map, filter, reduce, all, some and none inside the body of another: at most 2 levels. */
  maxArrayNesting: 2,
  /** Estimated steps of one condition for one unit, whatever the number of units. */
  maxStepsPerUnit: 10_000,
  /** Estimated steps of one run: every rule on every unit of the campaign. */
  maxStepsPerRun: 5_000_000,
  /** Elements of the longest list an operation may build (a list counts itself and every element within). */
  maxValueElements: 10_000,
  /** Characters of the longest text an operation may build. */
  maxValueCharacters: 100_000,
} as const;

/** The operators whose second argument runs once per element of the first. */
export const ARRAY_OPERATORS: ReadonlySet<string> = new Set(['map', 'filter', 'all', 'none', 'some', 'reduce']);

/** Characters of text copied or compared per step: native string work is far cheaper than a node's evaluation. */
const CHARACTERS_PER_STEP = 16;
/** The longest text a fact can be: numbers print in at most 24 characters; a legend class code is assumed ≤ 100. */
const FACT_TEXT = 100;
/** Lists inside lists: a literal is at most 32 deep; deeper ones can only be built, e.g. by a reduce. */
const MAX_LIST_NESTING = 64;

/**
 * An upper bound on a value: its elements (1 for a scalar; 1 + the elements within for a list), its characters as
 * text, and a bound on any element when it may be a non-empty list (null when it cannot), `nesting` levels deep.
 */
interface Bound {
  elements: number;
  characters: number;
  item: Bound | null;
  nesting: number;
}

interface Estimate {
  steps: number;
  value: Bound;
}

/** What `var` reads where it stands: the unit's facts, a list's element, or reduce's current and accumulator. */
interface Scope {
  element: Bound | null;
  accumulator: Bound | null;
}

const scalar = (characters: number): Bound => ({ elements: 1, characters, item: null, nesting: 0 });
const SCALAR = scalar(24);
const FACT = scalar(FACT_TEXT);
const NULL = scalar(4);
const FACTS_SCOPE: Scope = { element: null, accumulator: null };

class LimitExceeded extends Error {
  constructor(
    readonly path: string[],
    readonly text: Message,
  ) {
    super(text.en);
  }
}

/**
 * An upper bound on the steps json-logic-js takes to evaluate a validated condition for one unit, found by
 * evaluating it on bounds instead of values: a list operator costs its body times the list's length, a reduce's
 * accumulator is followed step by step until it stops growing. Refused (CONDITION_TOO_COSTLY, naming the part and
 * the limit) when it could exceed `maxStepsPerUnit` steps or build a list or text beyond the value limits.
 */
export function estimateConditionSteps(condition: JsonValue): Result<number> {
  try {
    return ok(estimate(condition, FACTS_SCOPE, []).steps);
  } catch (error) {
    if (!(error instanceof LimitExceeded)) throw error;
    return fail(domainError('CONDITION_TOO_COSTLY', error.text, ['condition', ...error.path]));
  }
}

/**
 * Checks the work of one run: the rules' estimated steps per unit times the units they run on, at most
 * `maxStepsPerRun`; the total when within.
 */
export function checkRunWork(stepsPerUnit: readonly number[], unitCount: number, field: string[]): Result<number> {
  const perUnit = stepsPerUnit.reduce((sum, steps) => sum + steps, 0);
  const total = perUnit * unitCount;
  if (total <= CONDITION_LIMITS.maxStepsPerRun) return ok(total);
  const error: DomainError = domainError(
    'CONDITION_TOO_COSTLY',
    msg(
      `Running ${stepsPerUnit.length === 1 ? 'this rule' : `these ${stepsPerUnit.length} rules`} on the campaign's ` +
        `${count(unitCount)} units could take ${count(total)} steps (${count(perUnit)} per unit); at most ` +
        `${count(CONDITION_LIMITS.maxStepsPerRun)} are allowed. Simplify the conditions, e.g. shorter lists in ` +
        'map, filter, reduce, all, some and none.',
      `Chạy ${stepsPerUnit.length === 1 ? 'tiêu chí này' : `${stepsPerUnit.length} tiêu chí này`} trên ` +
        `${countVi(unitCount)} đơn vị của chiến dịch có thể mất ${countVi(total)} bước (${countVi(perUnit)} bước mỗi ` +
        `đơn vị); chỉ cho phép tối đa ${countVi(CONDITION_LIMITS.maxStepsPerRun)} bước. Hãy đơn giản hóa các điều ` +
        'kiện, ví dụ dùng danh sách ngắn hơn trong map, filter, reduce, all, some và none.',
    ),
    field,
  );
  return fail(error);
}

/** 12345 → "12.345", for the Vietnamese messages. */
export function countVi(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 12345 → "12,345", for the English messages. */
export function count(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function estimate(node: JsonValue, scope: Scope, path: string[]): Estimate {
  if (node === null) return { steps: 1, value: NULL };
  if (typeof node === 'boolean') return { steps: 1, value: scalar(5) };
  if (typeof node === 'number') return { steps: 1, value: scalar(String(node).length) };
  if (typeof node === 'string') return { steps: 1, value: scalar(node.length) };
  if (Array.isArray(node)) {
    const items = node.map((item, i) => estimate(item, scope, [...path, String(i)]));
    return checked({ steps: 1 + sumSteps(items), value: listOf(items.map((item) => item.value)) }, path);
  }
  const [operator] = Object.keys(node);
  const value = node[operator];
  const args = Array.isArray(value) ? value : [value];
  const at = [...path, operator];
  if (ARRAY_OPERATORS.has(operator)) return checked(estimateArrayOperator(operator, args, scope, at), at);
  const operands = args.map((arg, i) => estimate(arg, scope, [...at, String(i)]));
  const steps = 1 + sumSteps(operands);
  const bounds = operands.map((operand) => operand.value);
  switch (operator) {
    case 'var':
      return { steps, value: variableBound(args, bounds, scope) };
    case 'missing':
    case 'missing_some': {
      const names = operator === 'missing_some' ? (args[1] as JsonValue[]) : Array.isArray(args[0]) ? args[0] : args;
      // Each name is read through an inner {"var": name}: two evaluations; missing_some wraps a missing.
      const extra = operator === 'missing_some' ? 1 + 3 * names.length : 2 * names.length;
      return checked({ steps: steps + extra, value: listOf(names.map(() => FACT)) }, at);
    }
    case 'if':
    case '?:':
    case 'and':
    case 'or':
      return { steps, value: bounds.reduce(join) };
    case 'merge': {
      // Each concat copies what was merged so far: at most (arguments × elements) copies. A list argument gives
      // its elements, anything else itself.
      const elements = bounds.reduce((sum, bound) => sum + bound.elements, 0);
      const items = bounds.map((bound) => joinItem(bound.item, scalar(bound.characters)));
      const merged = { ...listOf(bounds), item: items.reduce(joinItem, null) };
      return checked({ steps: steps + args.length * elements, value: withNesting(merged) }, at);
    }
    case 'cat': {
      const characters = bounds.reduce((sum, bound) => sum + bound.characters, 0);
      const work = bounds.reduce((sum, bound) => sum + bound.elements, 0) + textSteps(characters);
      return checked({ steps: steps + work, value: scalar(characters) }, at);
    }
    case 'substr':
      return checked({ steps: steps + coercion(bounds[0]), value: scalar(bounds[0].characters) }, at);
    case 'in':
      return checked({ steps: steps + bounds.reduce((sum, bound) => sum + coercion(bound), 0), value: SCALAR }, at);
    case '!':
    case '!!':
      return { steps, value: SCALAR };
    default:
      // Comparisons and arithmetic: a list operand is turned into text first.
      return checked({ steps: steps + bounds.reduce((sum, bound) => sum + listCoercion(bound), 0), value: SCALAR }, at);
  }
}

function estimateArrayOperator(operator: string, args: JsonValue[], scope: Scope, at: string[]): Estimate {
  const list = estimate(args[0], scope, [...at, '0']);
  const element = list.value.item;
  // json-logic skips anything that is not a list: no element, no evaluation of the body.
  const length = element === null ? 0 : list.value.elements - 1;
  const bodyPath = [...at, '1'];
  if (operator !== 'reduce') {
    const body = estimate(args[1], { element, accumulator: null }, bodyPath);
    const steps = 2 + list.steps + length * body.steps;
    if (operator === 'map') {
      const mapped: Bound = {
        elements: 1 + length * body.value.elements,
        characters: length * (body.value.characters + 1),
        item: length === 0 ? null : body.value,
        nesting: 0,
      };
      return { steps, value: withNesting(mapped) };
    }
    return { steps, value: operator === 'filter' ? list.value : SCALAR };
  }
  const initial: Estimate = args.length === 3 ? estimate(args[2], scope, [...at, '2']) : { steps: 0, value: NULL };
  // Follow the accumulator's bound step by step; once a step no longer grows it, every later step is the same.
  let accumulator = initial.value;
  let steps = 2 + list.steps + initial.steps;
  for (let done = 0; done < length; done++) {
    const body = estimate(args[1], { element, accumulator }, bodyPath);
    const next = join(accumulator, body.value);
    if (sameBound(next, accumulator)) {
      steps += (length - done) * body.steps;
      break;
    }
    steps += body.steps;
    accumulator = next;
    checked({ steps, value: accumulator }, at);
  }
  return { steps, value: accumulator };
}

function variableBound(args: JsonValue[], bounds: Bound[], scope: Scope): Bound {
  const name = args[0];
  let read: Bound = FACT;
  if ((name === '' || name === null || name === 'current') && scope.element) read = scope.element;
  else if (name === 'accumulator' && scope.accumulator) read = scope.accumulator;
  return bounds.length === 2 ? join(read, bounds[1]) : read;
}

function checked(result: Estimate, path: string[]): Estimate {
  const { maxStepsPerUnit, maxValueElements, maxValueCharacters } = CONDITION_LIMITS;
  if (result.steps > maxStepsPerUnit) {
    throw new LimitExceeded(
      path,
      msg(
        `Evaluating the condition${where(path)} could take ${count(result.steps)} steps per unit; at most ` +
          `${count(maxStepsPerUnit)} steps per unit are allowed. Use shorter lists in map, filter, reduce, all, some ` +
          'and none, or fewer of them inside one another.',
        `Tính điều kiện${whereVi(path)} có thể mất ${countVi(result.steps)} bước cho mỗi đơn vị; chỉ cho phép tối đa ` +
          `${countVi(maxStepsPerUnit)} bước mỗi đơn vị. Hãy dùng danh sách ngắn hơn trong map, filter, reduce, all, ` +
          'some và none, hoặc lồng chúng ít hơn.',
      ),
    );
  }
  const { elements, characters, nesting } = result.value;
  if (elements > maxValueElements || characters > maxValueCharacters || nesting > MAX_LIST_NESTING) {
    throw new LimitExceeded(
      path,
      msg(
        `The condition${where(path)} could build a list or text larger than allowed (at most ` +
          `${count(maxValueElements)} elements, ${count(maxValueCharacters)} characters or lists ${MAX_LIST_NESTING} ` +
          'deep), e.g. a reduce that doubles its accumulator.',
        `Điều kiện${whereVi(path)} có thể tạo ra danh sách hoặc chuỗi lớn hơn mức cho phép (tối đa ` +
          `${countVi(maxValueElements)} phần tử, ${countVi(maxValueCharacters)} ký tự hoặc danh sách lồng ` +
          `${MAX_LIST_NESTING} cấp), ví dụ một reduce nhân đôi accumulator của nó.`,
      ),
    );
  }
  return result;
}

/** " (at map[1].some)" for a path such as ['map', '1', 'some']; empty at the top. */
export function where(path: readonly string[]): string {
  if (path.length === 0) return '';
  const text = path.map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
  return ` (at ${text})`;
}

/** " (tại map[1].some)": `where` in the Vietnamese messages. */
export function whereVi(path: readonly string[]): string {
  return where(path).replace(' (at ', ' (tại ');
}

function join(a: Bound, b: Bound): Bound {
  return withNesting({
    elements: Math.max(a.elements, b.elements),
    characters: Math.max(a.characters, b.characters),
    item: joinItem(a.item, b.item),
    nesting: 0,
  });
}

function joinItem(a: Bound | null, b: Bound | null): Bound | null {
  return a === null ? b : b === null ? a : join(a, b);
}

function withNesting(bound: Bound): Bound {
  return { ...bound, nesting: bound.item === null ? 0 : bound.item.nesting + 1 };
}

function sameBound(a: Bound | null, b: Bound | null): boolean {
  if (a === null || b === null) return a === b;
  return a.elements === b.elements && a.characters === b.characters && sameBound(a.item, b.item);
}

function listOf(items: readonly Bound[]): Bound {
  return withNesting({
    elements: 1 + items.reduce((sum, item) => sum + item.elements, 0),
    characters: items.reduce((sum, item) => sum + item.characters + 1, 0),
    item: items.reduce<Bound | null>(joinItem, null),
    nesting: 0,
  });
}

function sumSteps(items: readonly Estimate[]): number {
  return items.reduce((sum, item) => sum + item.steps, 0);
}

function textSteps(characters: number): number {
  return Math.ceil(characters / CHARACTERS_PER_STEP);
}

/** Work to turn any value into text or search it. */
function coercion(bound: Bound): number {
  return bound.elements - 1 + textSteps(bound.characters);
}

/** Work to turn a list into text (a scalar is compared as it is). */
function listCoercion(bound: Bound): number {
  return bound.elements > 1 ? coercion(bound) : 0;
}
