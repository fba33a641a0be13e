import { buildCondition, parseCondition, type ConditionForm } from './condition-builder';

describe('the condition form builds JSON Logic', () => {
  it('a rank threshold tests that the rank is not null (units without data are unranked)', () => {
    expect(buildCondition({ combinator: 'and', clauses: [{ fact: 'rank', op: '<=', value: 3 }] })).toEqual({
      and: [{ '!=': [{ var: 'rank' }, null] }, { '<=': [{ var: 'rank' }, 3] }],
    });
  });

  it('Bằng khen: all targets met, no late or missing report, rank ≤ 3 — one flat "and"', () => {
    const form: ConditionForm = {
      combinator: 'and',
      clauses: [
        { fact: 'allTargetsMet', op: '==', value: 1 },
        { fact: 'late', op: '==', value: 0 },
        { fact: 'missing', op: '==', value: 0 },
        { fact: 'rank', op: '<=', value: 3 },
      ],
    };
    expect(buildCondition(form)).toEqual({
      and: [
        { var: 'allTargetsMet' },
        { '==': [{ var: 'reports.late' }, 0] },
        { '==': [{ var: 'reports.missing' }, 0] },
        { '!=': [{ var: 'rank' }, null] },
        { '<=': [{ var: 'rank' }, 3] },
      ],
    });
  });

  it('Phê bình: any zero rate, or a score below 50 that is not null — each alternative keeps its null test', () => {
    expect(
      buildCondition({
        combinator: 'or',
        clauses: [
          { fact: 'anyZeroRate', op: '==', value: 1 },
          { fact: 'score', op: '<', value: 50 },
        ],
      }),
    ).toEqual({
      or: [{ var: 'anyZeroRate' }, { and: [{ '!=': [{ var: 'score' }, null] }, { '<': [{ var: 'score' }, 50] }] }],
    });
  });

  it("an indicator's rate and achievement read indicators.<CODE>.*, with the null test", () => {
    expect(
      buildCondition({
        combinator: 'and',
        clauses: [
          { fact: 'rate', indicator: 'ONLINE_PAYMENT', op: '>=', value: 40 },
          { fact: 'achievement', indicator: 'DIGITIZATION', op: '<', value: 0.5 },
        ],
      }),
    ).toEqual({
      and: [
        { '!=': [{ var: 'indicators.ONLINE_PAYMENT.rate' }, null] },
        { '>=': [{ var: 'indicators.ONLINE_PAYMENT.rate' }, 40] },
        { '!=': [{ var: 'indicators.DIGITIZATION.achievement' }, null] },
        { '<': [{ var: 'indicators.DIGITIZATION.achievement' }, 0.5] },
      ],
    });
  });

  it('Nhắc nhở: 2 or more late or missing reports adds the two tallies', () => {
    expect(buildCondition({ combinator: 'and', clauses: [{ fact: 'lateOrMissing', op: '>=', value: 2 }] })).toEqual({
      '>=': [{ '+': [{ var: 'reports.late' }, { var: 'reports.missing' }] }, 2],
    });
  });
});

describe('a saved condition is read back into the form', () => {
  it('round-trips every demo rule shape, dropping the null tests the form adds itself', () => {
    const forms: ConditionForm[] = [
      {
        combinator: 'and',
        clauses: [
          { fact: 'allTargetsMet', op: '==', value: 1 },
          { fact: 'rank', op: '<=', value: 3 },
        ],
      },
      {
        combinator: 'or',
        clauses: [
          { fact: 'anyZeroRate', op: '==', value: 1 },
          { fact: 'score', op: '<', value: 50 },
        ],
      },
      { combinator: 'and', clauses: [{ fact: 'lateOrMissing', op: '>=', value: 2 }] },
    ];
    for (const form of forms) expect(parseCondition(buildCondition(form))).toEqual(form);
  });

  it('reads {"==": [{"var": "allTargetsMet"}, true]} as the flag', () => {
    expect(parseCondition({ '==': [{ var: 'allTargetsMet' }, true] })).toEqual({
      combinator: 'and',
      clauses: [{ fact: 'allTargetsMet', op: '==', value: 1 }],
    });
  });

  it('round-trips the scoring facts: penalty points (with its null test) and a missing latest report', () => {
    const form: ConditionForm = {
      combinator: 'and',
      clauses: [
        { fact: 'penaltyPoints', op: '>=', value: 5 },
        { fact: 'latestReportMissing', op: '==', value: 1 },
      ],
    };
    expect(buildCondition(form)).toEqual({
      and: [
        { '!=': [{ var: 'penaltyPoints' }, null] },
        { '>=': [{ var: 'penaltyPoints' }, 5] },
        { var: 'latestReportMissing' },
      ],
    });
    expect(parseCondition(buildCondition(form))).toEqual(form);
  });

  it('gives up (JSON only) on what the form cannot say', () => {
    expect(parseCondition({ in: [{ var: 'class' }, ['EXCELLENT', 'GOOD']] })).toBeNull();
    expect(parseCondition({ or: [{ and: [{ var: 'allTargetsMet' }, { var: 'anyZeroRate' }] }] })).toBeNull();
  });
});
