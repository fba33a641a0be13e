// JSON Logic via json-logic-js (jwadhams, MIT, the reference implementation behind jsonlogic.com): small, no
// dependencies, stable for years, and the same engine exists for PHP, Python, Java and others — rules stay data that
// other apps can read and run. It throws on unknown operators and can reach any property of the data, so every
// condition goes through validateCondition (known operators and facts only) before it is applied here.
import jsonLogic from 'json-logic-js';
import { DomainError, Result, fail, ok, ownValue } from '../result';
import { checkRunWork } from './condition-cost';
import { UnitFacts } from './facts';
import { EmulationRule, OUTCOMES, Outcome, validateRule } from './rule';
import { validateCondition } from './validate-condition';

/** A unit's facts, as the rules see them. */
export interface UnitFactsEntry {
  unitId: string;
  facts: UnitFacts;
}

/** A fact a matching condition read, with the unit's value. */
export interface Evidence {
  variable: string;
  value: string | number | boolean | null;
}

/** A rule's proposal for a unit, for the board to decide. */
export interface Proposal {
  unitId: string;
  outcome: Outcome;
  ruleCode: string;
  ruleName: string;
  form: string;
  priority: number;
  /** An English sentence naming the rule and the facts it read. */
  reason: string;
  evidence: Evidence[];
}

interface PreparedRule {
  rule: EmulationRule;
  variables: string[];
  steps: number;
}

/**
 * Runs a campaign's rules on every unit: at most one proposal per (unit, outcome), from the matching rule with the
 * highest priority; equal priorities are settled by the rule code, the smaller (in code-point order) first. Rules
 * are validated first (against the indicators present in the facts, or those given); a bad rule fails the run, and
 * so does a run whose estimated work is beyond CONDITION_LIMITS.maxStepsPerRun (`unitCount`: the units of the whole
 * run when these are a slice of it). Proposals follow the order of the units, commendation before discipline.
 */
export function evaluateRules(
  rules: readonly EmulationRule[],
  units: readonly UnitFactsEntry[],
  indicatorCodes?: readonly string[],
  unitCount: number = units.length,
): Result<Proposal[]> {
  const codes = indicatorCodes ?? indicatorCodesOf(units);
  const errors: DomainError[] = [];
  const prepared: PreparedRule[] = [];
  rules.forEach((rule, i) => {
    const checked = validateRule(rule, codes);
    const condition = validateCondition(rule.condition, codes);
    if (!checked.ok) {
      for (const error of checked.errors)
        errors.push({ ...error, field: ['rules', String(i), ...(error.field ?? [])] });
    } else if (condition.ok) {
      prepared.push({ rule, variables: condition.value.variables, steps: condition.value.steps });
    }
  });
  if (errors.length > 0) return fail(errors);
  const work = checkRunWork(
    prepared.map((item) => item.steps),
    unitCount,
    ['rules'],
  );
  if (!work.ok) return fail(work.errors);
  prepared.sort(
    (a, b) => b.rule.priority - a.rule.priority || (a.rule.code < b.rule.code ? -1 : a.rule.code > b.rule.code ? 1 : 0),
  );

  const proposals: Proposal[] = [];
  for (const unit of units) {
    for (const outcome of OUTCOMES) {
      const winner = prepared.find(
        (item) =>
          item.rule.outcome === outcome && jsonLogic.truthy(jsonLogic.apply(item.rule.condition as never, unit.facts)),
      );
      if (winner !== undefined) proposals.push(proposalOf(winner, unit));
    }
  }
  return ok(proposals);
}

/** Whether one condition holds for one unit's facts (for previews); the condition must have been validated. */
export function conditionHolds(condition: unknown, facts: UnitFacts): boolean {
  return jsonLogic.truthy(jsonLogic.apply(condition as never, facts));
}

function proposalOf(prepared: PreparedRule, unit: UnitFactsEntry): Proposal {
  const { rule, variables } = prepared;
  const evidence = variables.map((variable) => ({ variable, value: factValue(unit.facts, variable) }));
  const facts = evidence.map((item) => `${item.variable} = ${formatValue(item.value)}`).join(', ');
  return {
    unitId: unit.unitId,
    outcome: rule.outcome,
    ruleCode: rule.code,
    ruleName: rule.name,
    form: rule.form,
    priority: rule.priority,
    reason: `Rule ${rule.code} (${rule.name}, priority ${rule.priority}) proposes "${rule.form}"${facts === '' ? '.' : `: ${facts}.`}`,
    evidence,
  };
}

/** The value at a validated `var` path of the facts. */
export function factValue(facts: UnitFacts, variable: string): Evidence['value'] {
  let value: unknown = facts;
  for (const part of variable.split('.')) {
    value = ownValue(value as Record<string, unknown>, part);
  }
  return value === undefined ? null : (value as Evidence['value']);
}

function formatValue(value: Evidence['value']): string {
  if (typeof value === 'number' && !Number.isInteger(value)) return String(Math.round(value * 100) / 100);
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

function indicatorCodesOf(units: readonly UnitFactsEntry[]): string[] {
  const codes = new Set<string>();
  for (const unit of units) for (const code of Object.keys(unit.facts.indicators)) codes.add(code);
  return [...codes];
}
