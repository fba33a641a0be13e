import { CA_MAU_DEMO_RULES } from '../fixtures/ca-mau-rules';
import { conditionHolds, evaluateRules } from './evaluate-rules';
import { UnitFacts } from './facts';

const rule = (code: string): unknown => {
  const found = CA_MAU_DEMO_RULES.find((item) => item.code === code);
  if (!found) throw new Error(code);
  return found.condition;
};

/** A district that met every target, reported on time and ranks 2nd of 9. */
function facts(overrides: Partial<UnitFacts> = {}): UnitFacts {
  return {
    score: 100,
    baseScore: 100,
    bonusPoints: 0,
    penaltyPoints: 0,
    latestReportMissing: false,
    rank: 2,
    cohortSize: 9,
    class: 'EXCELLENT',
    allTargetsMet: true,
    anyZeroRate: false,
    reports: { due: 11, onTime: 11, late: 0, missing: 0 },
    indicators: {
      ONLINE_RESOLUTION: { rate: 75, target: 70, met: true, achievement: 1, numerator: 750, denominator: 1000 },
    },
    ...overrides,
  };
}

describe('Bằng khen: all targets met, no late or missing report, rank ≤ 3 in its level', () => {
  it('fires for the 2nd of 9 with every target met and every report on time', () => {
    expect(conditionHolds(rule('BANG_KHEN'), facts())).toBe(true);
  });

  it('does not fire for the 4th', () => {
    expect(conditionHolds(rule('BANG_KHEN'), facts({ rank: 4 }))).toBe(false);
  });

  it('does not fire after one late report', () => {
    expect(conditionHolds(rule('BANG_KHEN'), facts({ reports: { due: 11, onTime: 10, late: 1, missing: 0 } }))).toBe(
      false,
    );
  });

  it('does not fire after one missing report', () => {
    expect(conditionHolds(rule('BANG_KHEN'), facts({ reports: { due: 11, onTime: 10, late: 0, missing: 1 } }))).toBe(
      false,
    );
  });

  it('does not fire for an unranked unit, although JSON Logic compares a null rank like 0 (≤ 3)', () => {
    expect(conditionHolds({ '<=': [{ var: 'rank' }, 3] }, facts({ rank: null }))).toBe(true);
    expect(conditionHolds(rule('BANG_KHEN'), facts({ rank: null }))).toBe(false);
  });
});

describe('Biểu dương: all targets met', () => {
  it('fires when all targets are met', () => {
    expect(conditionHolds(rule('BIEU_DUONG'), facts({ rank: 7 }))).toBe(true);
  });

  it('does not fire when a target is missed', () => {
    expect(conditionHolds(rule('BIEU_DUONG'), facts({ allTargetsMet: false }))).toBe(false);
  });
});

describe('Phê bình: an indicator at 0% with dossiers, or a score below 50', () => {
  it('fires for an indicator at 0% with dossiers received', () => {
    expect(conditionHolds(rule('PHE_BINH'), facts({ anyZeroRate: true }))).toBe(true);
  });

  it('fires for a score of 49,99', () => {
    expect(conditionHolds(rule('PHE_BINH'), facts({ score: 49.99 }))).toBe(true);
  });

  it('does not fire at a score of exactly 50', () => {
    expect(conditionHolds(rule('PHE_BINH'), facts({ score: 50 }))).toBe(false);
  });

  it('does not fire for a unit without data (null score)', () => {
    expect(conditionHolds(rule('PHE_BINH'), facts({ score: null, rank: null, class: null }))).toBe(false);
  });
});

describe('Nhắc nhở: 2 or more late or missing reports', () => {
  it('fires for 1 late and 1 missing', () => {
    expect(conditionHolds(rule('NHAC_NHO'), facts({ reports: { due: 11, onTime: 9, late: 1, missing: 1 } }))).toBe(
      true,
    );
  });

  it('does not fire for a single late report', () => {
    expect(conditionHolds(rule('NHAC_NHO'), facts({ reports: { due: 11, onTime: 10, late: 1, missing: 0 } }))).toBe(
      false,
    );
  });
});

describe('evaluating the demo rules', () => {
  it('one proposal per outcome: the top unit gets Bằng khen (not also Biểu dương)', () => {
    const result = evaluateRules(CA_MAU_DEMO_RULES, [{ unitId: '964', facts: facts() }]);
    expect(result.ok && result.value.map((proposal) => [proposal.unitId, proposal.outcome, proposal.ruleCode])).toEqual(
      [['964', 'COMMENDATION', 'BANG_KHEN']],
    );
  });

  it('the proposal says why in a sentence and lists the facts read', () => {
    const result = evaluateRules(CA_MAU_DEMO_RULES, [{ unitId: '964', facts: facts() }]);
    if (!result.ok) throw new Error('rules refused');
    expect(result.value[0]).toEqual({
      unitId: '964',
      outcome: 'COMMENDATION',
      ruleCode: 'BANG_KHEN',
      ruleName: 'Bằng khen',
      form: 'Bằng khen của Chủ tịch UBND tỉnh',
      priority: 200,
      reason:
        'Rule BANG_KHEN (Bằng khen, priority 200) proposes "Bằng khen của Chủ tịch UBND tỉnh": allTargetsMet = true, ' +
        'reports.late = 0, reports.missing = 0, rank = 2.',
      evidence: [
        { variable: 'allTargetsMet', value: true },
        { variable: 'reports.late', value: 0 },
        { variable: 'reports.missing', value: 0 },
        { variable: 'rank', value: 2 },
      ],
    });
  });

  it('a unit can be both commended and disciplined: all targets met but two reports late → Biểu dương and Nhắc nhở', () => {
    const result = evaluateRules(CA_MAU_DEMO_RULES, [
      { unitId: '32002', facts: facts({ rank: 1, reports: { due: 11, onTime: 9, late: 2, missing: 0 } }) },
    ]);
    expect(result.ok && result.value.map((proposal) => proposal.ruleCode)).toEqual(['BIEU_DUONG', 'NHAC_NHO']);
  });

  it('Phê bình outranks Nhắc nhở when both match, and the reason rounds the score to 2 decimals', () => {
    const result = evaluateRules(CA_MAU_DEMO_RULES, [
      {
        unitId: '32005',
        facts: facts({ score: 41.23456, allTargetsMet: false, reports: { due: 11, onTime: 6, late: 2, missing: 3 } }),
      },
    ]);
    if (!result.ok) throw new Error('rules refused');
    expect(result.value.map((proposal) => proposal.ruleCode)).toEqual(['PHE_BINH']);
    expect(result.value[0].reason).toBe(
      'Rule PHE_BINH (Phê bình, priority 200) proposes "Phê bình": anyZeroRate = false, score = 41.23.',
    );
  });

  it('no rule matches a middling unit: no proposal', () => {
    const result = evaluateRules(CA_MAU_DEMO_RULES, [
      { unitId: 'X', facts: facts({ allTargetsMet: false, score: 70 }) },
    ]);
    expect(result).toEqual({ ok: true, value: [] });
  });

  it('equal priorities are settled by the smaller rule code', () => {
    const twin = { name: 'Twin', outcome: 'COMMENDATION' as const, form: 'Biểu dương', priority: 5, condition: true };
    const result = evaluateRules(
      [
        { ...twin, code: 'B_RULE' },
        { ...twin, code: 'A_RULE' },
      ],
      [{ unitId: 'U', facts: facts() }],
    );
    expect(result.ok && result.value.map((proposal) => proposal.ruleCode)).toEqual(['A_RULE']);
  });

  it('an invalid rule fails the run, with the rule named in the field path', () => {
    const bad = { ...CA_MAU_DEMO_RULES[1], condition: { var: 'indicators.SATISFACTION.rate' } };
    const result = evaluateRules([bad], [{ unitId: 'U', facts: facts() }]);
    expect(result.ok ? [] : result.errors.map((error) => [error.code, error.field])).toEqual([
      ['UNKNOWN_VARIABLE', ['rules', '0', 'condition', 'var']],
    ]);
  });

  it('a rule may read a class label string and indicator facts; strings are quoted in the reason', () => {
    const classRule = {
      code: 'CLASS',
      name: 'Class',
      outcome: 'COMMENDATION' as const,
      form: 'Biểu dương',
      priority: 1,
      condition: { and: [{ '==': [{ var: 'class' }, 'EXCELLENT'] }, { var: 'indicators.ONLINE_RESOLUTION.met' }] },
    };
    const result = evaluateRules([classRule], [{ unitId: 'U', facts: facts() }], ['ONLINE_RESOLUTION']);
    expect(result.ok && result.value[0].reason).toBe(
      'Rule CLASS (Class, priority 1) proposes "Biểu dương": class = "EXCELLENT", indicators.ONLINE_RESOLUTION.met = true.',
    );
  });

  it('a constant rule without facts gives a reason without a fact list', () => {
    const always = {
      code: 'ALL',
      name: 'All',
      outcome: 'DISCIPLINE' as const,
      form: 'Nhắc nhở',
      priority: 1,
      condition: true,
    };
    const result = evaluateRules([always], [{ unitId: 'U', facts: facts() }]);
    expect(result.ok && result.value[0].reason).toBe('Rule ALL (All, priority 1) proposes "Nhắc nhở".');
  });
});
