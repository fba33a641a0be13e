import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { CA_MAU_DEMO_RULES } from '../fixtures/ca-mau-rules';
import { CONDITION_LIMITS, checkRunWork } from './condition-cost';
import { conditionHolds, evaluateRules } from './evaluate-rules';
import { UnitFacts, UNIT_FACT_VARIABLES } from './facts';
import { EmulationRule } from './rule';
import { JsonValue, validateCondition } from './validate-condition';

const CODES = ['ONLINE_RESOLUTION', 'DIGITIZATION'];
const { maxStepsPerUnit: MAX_STEPS_PER_UNIT, maxValueElements: MAX_VALUE_ELEMENTS } = CONDITION_LIMITS;

type Scope = 'facts' | 'element' | 'reduce';

const numberArb = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
const textArb = fc.string({ maxLength: 12 });
const numbersArb = (maxLength: number) => fc.array(fc.integer({ min: -50, max: 50 }), { maxLength });
const factVariableArb = fc.constantFrom(
  ...UNIT_FACT_VARIABLES,
  ...CODES.flatMap((code) => ['rate', 'target', 'met', 'numerator'].map((name) => `indicators.${code}.${name}`)),
);
const variableArb: Record<Scope, fc.Arbitrary<JsonValue>> = {
  facts: factVariableArb.map((name) => ({ var: name })),
  element: fc.constant({ var: '' }),
  reduce: fc.constantFrom({ var: 'current' }, { var: 'accumulator' }),
};

/**
 * Conditions as a board member could write them, and as a hostile one could: every json-logic operator the
 * validator allows, literal lists up to 60 long (and lists of lists), array operators inside one another.
 */
const conditionsArb = fc.letrec<Record<Scope, JsonValue>>((tie) => {
  const node = (scope: Scope): fc.Arbitrary<JsonValue> => {
    const self = tie(scope) as fc.Arbitrary<JsonValue>;
    const list = fc.oneof(
      { depthIdentifier: 'condition' },
      numbersArb(60),
      fc.array(numbersArb(12), { maxLength: 12 }),
      fc.array(self, { maxLength: 6 }),
      self,
    );
    return fc.oneof(
      { depthSize: 'small', maxDepth: 7, depthIdentifier: 'condition' },
      numberArb,
      fc.boolean(),
      textArb,
      variableArb[scope],
      fc
        .tuple(fc.constantFrom('==', '!=', '<', '>=', '+', '-', '*', '/', '%', 'max', 'min', '==='), self, self)
        .map(([operator, a, b]) => ({ [operator]: [a, b] })),
      fc
        .tuple(fc.constantFrom('and', 'or', 'if', '?:', 'merge', 'cat'), fc.array(self, { minLength: 1, maxLength: 4 }))
        .map(([operator, args]) => ({ [operator]: args })),
      fc.tuple(fc.constantFrom('!', '!!'), self).map(([operator, a]) => ({ [operator]: [a] })),
      fc
        .tuple(fc.constantFrom('map', 'filter', 'all', 'some', 'none'), list, tie('element') as fc.Arbitrary<JsonValue>)
        .map(([operator, array, body]) => ({ [operator]: [array, body] })),
      fc
        .tuple(list, tie('reduce') as fc.Arbitrary<JsonValue>, self)
        .map(([array, body, initial]) => ({ reduce: [array, body, initial] })),
      fc.tuple(self, list).map(([a, b]) => ({ in: [a, b] })),
      fc.tuple(self, fc.integer({ min: -4, max: 4 })).map(([a, start]) => ({ substr: [a, start] })),
    );
  };
  return { facts: node('facts'), element: node('element'), reduce: node('reduce') };
}).facts;

/** The shapes that make work explode: array operators nested in each other's bodies, accumulators that grow. */
const arrayOperatorArb = fc.constantFrom('map', 'filter', 'all', 'some', 'none', 'reduce');
const nestedArb: fc.Arbitrary<JsonValue> = fc
  .array(fc.tuple(arrayOperatorArb, numbersArb(60)), { minLength: 1, maxLength: 5 })
  .map((levels) =>
    levels.reduce<JsonValue>(
      (body, [operator, list]) => {
        const sum: JsonValue = { '+': [{ var: 'current' }, { '!!': body }] };
        return operator === 'reduce' ? { reduce: [list, sum, 0] } : { [operator]: [list, body] };
      },
      { '>': [{ var: '' }, 5] },
    ),
  );
const growingArb: fc.Arbitrary<JsonValue> = fc
  .tuple(
    numbersArb(40),
    fc.constantFrom<JsonValue>(
      { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] },
      { cat: [{ var: 'accumulator' }, { var: 'accumulator' }] },
      [{ var: 'accumulator' }, { var: 'accumulator' }],
      { merge: [{ var: 'accumulator' }, [{ var: 'current' }]] },
      { cat: [{ var: 'accumulator' }, { var: 'current' }] },
      { map: [{ var: 'accumulator' }, { '+': [{ var: '' }, 1] }] },
    ),
    fc.constantFrom<JsonValue>([1, 2], 'ab', 0),
  )
  .map(([list, body, initial]) => ({ '!!': [{ reduce: [list, body, initial] }] }));

const indicatorFactsArb = fc.record({
  rate: fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
  target: fc.option(fc.integer({ min: 0, max: 100 })),
  met: fc.option(fc.boolean()),
  achievement: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  numerator: fc.nat(1000),
  denominator: fc.nat(1000),
});
const factsArb: fc.Arbitrary<UnitFacts> = fc.record({
  score: fc.option(fc.double({ min: 0, max: 120, noNaN: true })),
  baseScore: fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
  bonusPoints: fc.option(fc.double({ min: 0, max: 20, noNaN: true })),
  penaltyPoints: fc.option(fc.double({ min: 0, max: 20, noNaN: true })),
  latestReportMissing: fc.boolean(),
  rank: fc.option(fc.integer({ min: 1, max: 200 })),
  cohortSize: fc.integer({ min: 1, max: 200 }),
  class: fc.option(fc.constantFrom('EXCELLENT', 'GOOD', 'AVERAGE', 'WEAK')),
  allTargetsMet: fc.boolean(),
  anyZeroRate: fc.boolean(),
  reports: fc.record({ due: fc.nat(50), onTime: fc.nat(50), late: fc.nat(50), missing: fc.nat(50) }),
  indicators: fc.record({ ONLINE_RESOLUTION: indicatorFactsArb, DIGITIZATION: indicatorFactsArb }),
});

class TooMuchWork extends Error {}

/**
 * Counts json-logic's evaluations of one condition (every node it visits calls `jsonLogic.apply`) and the longest
 * list or text it builds; gives up past `limit` evaluations, so that a runaway condition fails fast.
 */
function measureEvaluation(condition: unknown, facts: UnitFacts, limit: number): { steps: number; longest: number } {
  const apply = jsonLogic.apply.bind(jsonLogic);
  let steps = 0;
  let longest = 0;
  const spy = jest.spyOn(jsonLogic, 'apply').mockImplementation((logic, data) => {
    if (++steps > limit) throw new TooMuchWork(`more than ${limit} evaluations`);
    const value: unknown = apply(logic, data);
    if (Array.isArray(value) || typeof value === 'string') longest = Math.max(longest, value.length);
    return value;
  });
  try {
    conditionHolds(condition, facts);
  } finally {
    spy.mockRestore();
  }
  return { steps, longest };
}

const estimatedSteps = (condition: unknown): number | null => {
  const checked = validateCondition(condition, CODES);
  return checked.ok ? checked.value.steps : null;
};

describe('the work a condition may cost', () => {
  it('refuses the probe: a 600-character condition of nested maps that took 16 s, naming the limit', () => {
    const list = Array.from({ length: 12 }, (_, i) => i);
    let body: JsonValue = { '>': [{ var: '' }, 5] };
    for (let level = 0; level < 4; level++) body = { some: [list, { map: [list, body] }] };
    const condition = { and: [{ var: 'allTargetsMet' }, { map: [list, body] }] };
    expect(JSON.stringify(condition).length).toBeLessThan(650);
    const result = validateCondition(condition, CODES);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0].code).toBe('CONDITION_TOO_COSTLY');
    expect(result.errors[0].field?.[0]).toBe('condition');
    expect(result.errors[0].message.en).toMatch(/at most 2 /);
  });

  it('refuses two nested maps over 200 numbers each: 40.000 evaluations per unit', () => {
    const list = Array.from({ length: 200 }, (_, i) => i);
    const condition = { some: [list, { some: [list, { '==': [{ var: '' }, 7] }] }] };
    const result = validateCondition(condition, CODES);
    expect(result.ok ? [] : result.errors.map((error) => [error.code, error.field?.join('.')])).toEqual([
      ['CONDITION_TOO_COSTLY', 'condition.some'],
    ]);
    expect(result.ok || result.errors[0].message.en).toMatch(/at most 10,000 steps per unit/);
  });

  it('refuses a reduce that doubles its list at every step (4 million elements after 22 steps)', () => {
    const steps = Array.from({ length: 22 }, (_, i) => i);
    const condition = { reduce: [steps, { merge: [{ var: 'accumulator' }, { var: 'accumulator' }] }, [1]] };
    const result = validateCondition(condition, CODES);
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(['CONDITION_TOO_COSTLY']);
  });

  it('refuses a condition longer than 5,000 characters of JSON', () => {
    const condition = { in: [{ var: 'class' }, Array.from({ length: 500 }, (_, i) => `CLASS_${i}`)] };
    const result = validateCondition(condition, CODES);
    expect(result.ok ? [] : result.errors.map((error) => [error.code, error.message.en])).toEqual([
      ['INVALID_CONDITION', 'The condition is too long: 5,916 characters of JSON; at most 5,000.'],
    ]);
  });

  it('accepts the conditions rules really use: a list of facts checked with all/some, sums with reduce', () => {
    const rates = CODES.map((code) => ({ var: `indicators.${code}.rate` }));
    const conditions = [
      { all: [rates, { '>=': [{ var: '' }, 70] }] },
      { '>=': [{ reduce: [rates, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] }, 140] },
      { some: [[1, 2, 3], { map: [[4, 5], { '>': [{ var: '' }, 2] }] }] },
    ];
    for (const condition of conditions) expect(validateCondition(condition, CODES).ok).toBe(true);
  });

  it('no accepted condition makes json-logic do more than its estimate, nor more than 10,000 steps per unit', () => {
    fc.assert(
      fc.property(
        fc.oneof(conditionsArb, nestedArb, growingArb),
        fc.array(factsArb, { minLength: 1, maxLength: 3 }),
        (condition, units) => {
          const estimate = estimatedSteps(condition);
          if (estimate === null) return;
          for (const facts of units) {
            const measured = measureEvaluation(condition, facts, MAX_STEPS_PER_UNIT);
            expect(measured.steps).toBeLessThanOrEqual(estimate);
            expect(measured.longest).toBeLessThanOrEqual(MAX_VALUE_ELEMENTS * 10);
          }
          expect(estimate).toBeLessThanOrEqual(MAX_STEPS_PER_UNIT);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('the limits are those the README states', () => {
    expect(CONDITION_LIMITS).toEqual({
      maxCharacters: 5_000,
      maxDepth: 32,
      maxParts: 1_000,
      maxArrayNesting: 2,
      maxStepsPerUnit: 10_000,
      maxStepsPerRun: 5_000_000,
      maxValueElements: 10_000,
      maxValueCharacters: 100_000,
    });
  });

  it('the four Cà Mau rules cost 42 steps per unit: a country of 10.600 units runs them within the limit', () => {
    const steps = CA_MAU_DEMO_RULES.map((rule) => estimatedSteps(rule.condition));
    expect(steps).toEqual([19, 4, 12, 7]);
    expect(checkRunWork(steps as number[], 10_600, ['rules'])).toEqual({ ok: true, value: 42 * 10_600 });
  });

  it('refuses a run of rules whose estimated work over the units is beyond 5 million steps (8.166 × 2.000)', () => {
    const list = Array.from({ length: 40 }, (_, i) => i);
    const rule: EmulationRule = {
      code: 'HEAVY',
      name: 'Heavy',
      outcome: 'COMMENDATION',
      form: 'Biểu dương',
      priority: 1,
      condition: { and: [{ var: 'allTargetsMet' }, { some: [list, { some: [list, { '==': [{ var: '' }, 7] }] }] }] },
    };
    const facts: UnitFacts = {
      score: 50,
      baseScore: 50,
      bonusPoints: 0,
      penaltyPoints: 0,
      latestReportMissing: false,
      rank: 3,
      cohortSize: 2000,
      class: 'GOOD',
      allTargetsMet: false,
      anyZeroRate: false,
      reports: { due: 1, onTime: 1, late: 0, missing: 0 },
      indicators: {},
    };
    const units = Array.from({ length: 2000 }, (_, i) => ({ unitId: `U${i}`, facts }));
    const result = evaluateRules([rule], units, CODES);
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(['CONDITION_TOO_COSTLY']);
    expect(result.ok || result.errors[0].message.en).toBe(
      "Running this rule on the campaign's 2,000 units could take 16,332,000 steps (8,166 per unit); at most " +
        '5,000,000 are allowed. Simplify the conditions, e.g. shorter lists in map, filter, reduce, all, some ' +
        'and none.',
    );
  });
});
