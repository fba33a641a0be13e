import { CA_MAU_DEMO_RULES } from '../fixtures/ca-mau-rules';
import { CA_MAU_INDICATOR_CODES } from '../fixtures/ca-mau';
import { parseCondition, validateCondition } from './validate-condition';
import { validateRule } from './rule';

const codes = CA_MAU_INDICATOR_CODES;
const errorsOf = (condition: unknown): [string, string, string][] => {
  const result = validateCondition(condition, codes);
  return result.ok ? [] : result.errors.map((error) => [error.code, (error.field ?? []).join('.'), error.message.en]);
};

describe('validateCondition', () => {
  it('accepts the four Cà Mau demo rules and lists the facts each reads', () => {
    for (const rule of CA_MAU_DEMO_RULES) expect(validateRule(rule, codes).ok).toBe(true);
    const phebinh = validateCondition(CA_MAU_DEMO_RULES[2].condition, codes);
    expect(phebinh.ok && phebinh.value.variables).toEqual(['anyZeroRate', 'score']);
  });

  it('accepts indicator facts, defaults, if, in, arithmetic and array operators over literals', () => {
    const condition = {
      if: [
        { '>=': [{ var: 'indicators.ONLINE_PAYMENT.rate' }, { var: ['indicators.ONLINE_PAYMENT.target', 0] }] },
        { in: [{ var: 'class' }, ['EXCELLENT', 'GOOD']] },
        { some: [[1, 2, 3], { '>': [{ var: '' }, 2] }] },
        { reduce: [[1, 2], { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] },
        { '!': { missing: ['score', 'rank'] } },
        { '!': { missing_some: [1, ['reports.late']] } },
      ],
    };
    expect(errorsOf(condition)).toEqual([]);
  });

  it('names an unknown variable and where it is', () => {
    expect(errorsOf({ or: [{ var: 'anyZeroRate' }, { '<': [{ var: 'scor' }, 50] }] })).toEqual([
      [
        'UNKNOWN_VARIABLE',
        'condition.or.1.<.0.var',
        'The condition uses the unknown variable "scor" (at or[1].<[0].var). Known variables: score, baseScore, bonusPoints, penaltyPoints, latestReportMissing, rank, cohortSize, ' +
          'class, allTargetsMet, anyZeroRate, reports.onTime, reports.late, reports.missing, reports.due, and ' +
          'indicators.<CODE>.rate|target|met|achievement|numerator|denominator for the indicators ONLINE_RESOLUTION, ' +
          'DIGITIZATION, ONLINE_PAYMENT.',
      ],
    ]);
  });

  it('names an indicator the campaign does not have', () => {
    expect(errorsOf({ var: 'indicators.SATISFACTION.rate' })[0][2]).toBe(
      'The condition uses the unknown variable "indicators.SATISFACTION.rate" (at var): the campaign has no indicator ' +
        'SATISFACTION (its indicators: ONLINE_RESOLUTION, DIGITIZATION, ONLINE_PAYMENT).',
    );
  });

  it('names an unknown operator', () => {
    const [error] = errorsOf({ and: [true, { xor: [true, false] }] });
    expect(error[0]).toBe('UNKNOWN_OPERATOR');
    expect(error[1]).toBe('condition.and.1.xor');
    expect(error[2]).toMatch(
      /^The condition uses the unknown operator "xor" \(at and\[1\]\.xor\); allowed operators are var missing /,
    );
  });

  it('refuses "log", which would write to the console', () => {
    expect(errorsOf({ log: 1 })[0][2]).toBe(
      'The condition uses the unknown operator "log" (at log); it writes to the console, which rules may not do.',
    );
  });

  it('reports every problem at once', () => {
    expect(errorsOf({ and: [{ var: 'x' }, { var: 'y' }, { nope: 1 }] }).map((error) => error[0])).toEqual([
      'UNKNOWN_VARIABLE',
      'UNKNOWN_VARIABLE',
      'UNKNOWN_OPERATOR',
    ]);
  });

  it('refuses built-in property names and whole objects as variables', () => {
    for (const name of ['constructor', '__proto__', 'reports', 'indicators.ONLINE_PAYMENT', '']) {
      expect(errorsOf({ var: name })[0][0]).toBe('UNKNOWN_VARIABLE');
    }
    expect(errorsOf({ missing: ['constructor'] })[0][0]).toBe('UNKNOWN_VARIABLE');
  });

  it('refuses facts inside map/filter/all/none/some and anything but current/accumulator inside reduce', () => {
    expect(errorsOf({ all: [[1], { var: 'score' }] })[0][2]).toBe(
      'Inside map, filter, all, none and some only {"var": ""} (the element) can be used, not "score" (at all[1].var).',
    );
    expect(errorsOf({ reduce: [[1], { var: 'score' }, 0] })[0][2]).toBe(
      'Inside "reduce" only "current" and "accumulator" can be used, not "score" (at reduce[1].var).',
    );
  });

  it('refuses malformed conditions with INVALID_CONDITION', () => {
    const cases: [unknown, string][] = [
      [undefined, 'The condition is empty.'],
      [{}, 'Each operation must have exactly one operator; found none.'],
      [{ '<': [1, 2], '>': [2, 1] }, 'Each operation must have exactly one operator; found "<", ">".'],
      [{ '>': [1, 2, 3] }, 'The operator ">" (at >) takes 2 arguments, not 3.'],
      [{ '!': [1, 2] }, 'The operator "!" (at !) takes 1 argument, not 2.'],
      [{ and: [] }, 'The operator "and" (at and) takes at least 1 argument, not 0.'],
      [{ substr: ['a'] }, 'The operator "substr" (at substr) takes 2 to 3 arguments, not 1.'],
      [
        { var: { cat: ['sco', 're'] } },
        'The variable name (at var) must be written out as text, e.g. {"var": "score"}.',
      ],
      [
        { missing_some: ['1', 'score'] },
        '"missing_some" (at missing_some) takes a number and a list of variable names.',
      ],
      [{ '==': [Number.POSITIVE_INFINITY, 1] }, 'The condition contains a number that is not finite.'],
      [{ '==': [new Date(0), 1] }, 'The condition may only contain JSON values.'],
    ];
    for (const [condition, message] of cases) {
      const errors = errorsOf(condition);
      expect([errors[0]?.[0], errors[0]?.[2]]).toEqual(['INVALID_CONDITION', message]);
    }
  });

  it('refuses a condition nested too deep or too large', () => {
    let deep: unknown = true;
    for (let i = 0; i < 40; i++) deep = { '!': [deep] };
    expect(errorsOf(deep)[0][2]).toBe('The condition is nested more than 32 levels deep.');
    const large = { or: Array.from({ length: 1001 }, () => 1) };
    expect(errorsOf(large)[0][2]).toBe('The condition is too large: more than 1000 parts.');
  });

  it('parses stored JSON text, and refuses text that is not JSON', () => {
    expect(parseCondition('{"var": "score"}')).toEqual({ ok: true, value: { var: 'score' } });
    expect(parseCondition('{var: score}')).toEqual({
      ok: false,
      errors: [
        {
          code: 'INVALID_CONDITION',
          field: ['condition'],
          message: expect.objectContaining({ en: 'The condition is not valid JSON.' }),
        },
      ],
    });
  });
});

describe('validateRule', () => {
  it('needs a code, name and form, a known outcome and a whole priority', () => {
    const result = validateRule(
      { code: ' ', name: '', form: '', outcome: 'PRAISE' as 'COMMENDATION', priority: 1.5, condition: true },
      codes,
    );
    expect(result.ok ? [] : result.errors.map((error) => [error.code, error.field?.[0]])).toEqual([
      ['REQUIRED', 'code'],
      ['REQUIRED', 'name'],
      ['REQUIRED', 'form'],
      ['INVALID_OUTCOME', 'outcome'],
      ['INVALID_PRIORITY', 'priority'],
    ]);
  });
});
