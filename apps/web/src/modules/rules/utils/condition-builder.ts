/**
 * The rules editor's form for the common conditions, and the JSON Logic it stands for (docs/domain.md §5). Facts that
 * can be null (no data: score, rank, an indicator's rate or achievement) get a "not null" test beside each
 * comparison, because JSON Logic compares null like 0 and a unit without data must not be proposed by "rank ≤ 3".
 */
export type Comparison = '>=' | '>' | '<=' | '<' | '==';
export const COMPARISONS: readonly Comparison[] = ['>=', '>', '<=', '<', '=='];

export type NumericFact =
  | 'score'
  | 'baseScore'
  | 'bonusPoints'
  | 'penaltyPoints'
  | 'rank'
  | 'rate'
  | 'achievement'
  | 'late'
  | 'missing'
  | 'lateOrMissing';
export type FlagFact = 'allTargetsMet' | 'anyZeroRate' | 'latestReportMissing';
export type FactKind = NumericFact | FlagFact;
export const FACT_KINDS: readonly FactKind[] = [
  'score',
  'baseScore',
  'bonusPoints',
  'penaltyPoints',
  'rank',
  'rate',
  'achievement',
  'late',
  'missing',
  'lateOrMissing',
  'allTargetsMet',
  'anyZeroRate',
  'latestReportMissing',
];

export interface ConditionClause {
  fact: FactKind;
  /** The indicator code, for `rate` and `achievement`. */
  indicator?: string;
  op: Comparison;
  value: number;
}

export type Combinator = 'and' | 'or';

export interface ConditionForm {
  combinator: Combinator;
  clauses: ConditionClause[];
}

export type JsonLogic = unknown;

const NULLABLE: ReadonlySet<FactKind> = new Set([
  'score',
  'baseScore',
  'bonusPoints',
  'penaltyPoints',
  'rank',
  'rate',
  'achievement',
]);
const FLAGS: ReadonlySet<string> = new Set<FlagFact>(['allTargetsMet', 'anyZeroRate', 'latestReportMissing']);
const PLAIN_NUMERIC: ReadonlySet<string> = new Set<NumericFact>([
  'score',
  'baseScore',
  'bonusPoints',
  'penaltyPoints',
  'rank',
]);

export function isFlagFact(fact: FactKind): fact is FlagFact {
  return FLAGS.has(fact);
}

export function needsIndicator(fact: FactKind): boolean {
  return fact === 'rate' || fact === 'achievement';
}

/** The fact variable a clause reads (`indicators.ONLINE_PAYMENT.rate`). */
export function variableOf(clause: ConditionClause): string {
  switch (clause.fact) {
    case 'rate':
    case 'achievement':
      return `indicators.${clause.indicator ?? ''}.${clause.fact}`;
    case 'late':
      return 'reports.late';
    case 'missing':
      return 'reports.missing';
    default:
      return clause.fact;
  }
}

/** The JSON Logic parts of one clause; two (the null test and the comparison) for a nullable fact. */
function clauseParts(clause: ConditionClause): JsonLogic[] {
  if (isFlagFact(clause.fact)) return [{ var: clause.fact }];
  if (clause.fact === 'lateOrMissing') {
    return [{ [clause.op]: [{ '+': [{ var: 'reports.late' }, { var: 'reports.missing' }] }, clause.value] }];
  }
  const variable = { var: variableOf(clause) };
  const comparison = { [clause.op]: [variable, clause.value] };
  return NULLABLE.has(clause.fact) ? [{ '!=': [variable, null] }, comparison] : [comparison];
}

/** The form → JSON Logic. "All" flattens every part into one `and`; "one of" keeps each clause's parts together. */
export function buildCondition(form: ConditionForm): JsonLogic {
  if (!form.clauses.length) return true;
  if (form.combinator === 'and') {
    const parts = form.clauses.flatMap(clauseParts);
    return parts.length === 1 ? parts[0] : { and: parts };
  }
  const alternatives = form.clauses.map((clause) => {
    const parts = clauseParts(clause);
    return parts.length === 1 ? parts[0] : { and: parts };
  });
  return alternatives.length === 1 ? alternatives[0] : { or: alternatives };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function single(value: unknown): [string, Json] | null {
  if (!isObject(value)) return null;
  const entries = Object.entries(value);
  return entries.length === 1 ? entries[0] : null;
}

function varName(value: unknown): string | null {
  const entry = single(value);
  return entry && entry[0] === 'var' && typeof entry[1] === 'string' ? entry[1] : null;
}

function clauseFromVariable(variable: string): Pick<ConditionClause, 'fact' | 'indicator'> | null {
  if (PLAIN_NUMERIC.has(variable)) return { fact: variable as NumericFact };
  if (variable === 'reports.late') return { fact: 'late' };
  if (variable === 'reports.missing') return { fact: 'missing' };
  const indicator = /^indicators\.([A-Za-z0-9_]+)\.(rate|achievement)$/.exec(variable);
  return indicator ? { fact: indicator[2] as 'rate' | 'achievement', indicator: indicator[1] } : null;
}

function isLateOrMissing(value: unknown): boolean {
  const entry = single(value);
  if (!entry || entry[0] !== '+' || !Array.isArray(entry[1]) || entry[1].length !== 2) return false;
  const names = entry[1].map(varName).sort();
  return names[0] === 'reports.late' && names[1] === 'reports.missing';
}

/** A null test (`{"!=": [{"var": x}, null]}`): the form adds those itself. */
function isNullTest(value: unknown): boolean {
  const entry = single(value);
  return Boolean(
    entry &&
    entry[0] === '!=' &&
    Array.isArray(entry[1]) &&
    entry[1].length === 2 &&
    varName(entry[1][0]) &&
    entry[1][1] === null,
  );
}

function parseClause(value: unknown): ConditionClause | null {
  const flag = varName(value);
  if (flag && FLAGS.has(flag)) return { fact: flag as FlagFact, op: '==', value: 1 };
  const entry = single(value);
  if (!entry) return null;
  const [op, args] = entry;
  if (!(COMPARISONS as readonly string[]).includes(op) || !Array.isArray(args) || args.length !== 2) return null;
  const variable = varName(args[0]);
  if (op === '==' && args[1] === true && variable && FLAGS.has(variable))
    return { fact: variable as FlagFact, op: '==', value: 1 };
  if (typeof args[1] !== 'number') return null;
  if (isLateOrMissing(args[0])) return { fact: 'lateOrMissing', op: op as Comparison, value: args[1] };
  const fact = variable ? clauseFromVariable(variable) : null;
  return fact ? { ...fact, op: op as Comparison, value: args[1] } : null;
}

/** Parts of an `and` → clauses, dropping the null tests. */
function parseConjunction(parts: Json[]): ConditionClause[] | null {
  const clauses: ConditionClause[] = [];
  for (const part of parts) {
    if (isNullTest(part)) continue;
    const clause = parseClause(part);
    if (!clause) return null;
    clauses.push(clause);
  }
  return clauses;
}

/** JSON Logic → the form, or null when the condition says something the form cannot (then it is edited as JSON). */
export function parseCondition(condition: unknown): ConditionForm | null {
  const entry = single(condition);
  if (entry && entry[0] === 'and' && Array.isArray(entry[1])) {
    const clauses = parseConjunction(entry[1]);
    return clauses ? { combinator: 'and', clauses } : null;
  }
  if (entry && entry[0] === 'or' && Array.isArray(entry[1])) {
    const clauses: ConditionClause[] = [];
    for (const alternative of entry[1]) {
      const inner = single(alternative);
      const parsed =
        inner && inner[0] === 'and' && Array.isArray(inner[1])
          ? parseConjunction(inner[1])
          : parseConjunction([alternative]);
      if (!parsed || parsed.length !== 1) return null;
      clauses.push(parsed[0]);
    }
    return { combinator: 'or', clauses };
  }
  const clause = parseClause(condition);
  return clause ? { combinator: 'and', clauses: [clause] } : null;
}
