import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  evaluateRules,
  ok,
  validateCondition,
  type EmulationRule,
  type Proposal,
  type Result,
  type UnitFactsEntry,
} from '@thidua/domain';

/** Estimated steps of one slice: 6–25 ms of json-logic (60–250 ns a step) between two turns of the event loop. */
export const SLICE_STEPS = 100_000;

/**
 * @thidua/domain's evaluateRules over every unit, in slices of about SLICE_STEPS estimated steps with a turn of the
 * event loop between them: a run at the limit (CONDITION_LIMITS.maxStepsPerRun, about a second) never holds other
 * requests, /healthz among them, for longer than a slice. Each slice checks the work of the whole run, so a run
 * beyond the limit fails before its first slice.
 */
export async function evaluateRulesInSlices(
  rules: readonly EmulationRule[],
  units: readonly UnitFactsEntry[],
  indicatorCodes: readonly string[],
): Promise<Result<Proposal[]>> {
  const stepsPerUnit = rules.reduce((sum, rule) => {
    const condition = validateCondition(rule.condition, indicatorCodes);
    return sum + (condition.ok ? condition.value.steps : 0);
  }, 0);
  const sliceSize = Math.max(1, Math.floor(SLICE_STEPS / Math.max(1, stepsPerUnit)));
  const proposals: Proposal[] = [];
  for (let start = 0; start === 0 || start < units.length; start += sliceSize) {
    if (start > 0) await nextTurn();
    const slice = evaluateRules(rules, units.slice(start, start + sliceSize), indicatorCodes, units.length);
    if (!slice.ok) return slice;
    proposals.push(...slice.value);
  }
  return ok(proposals);
}
