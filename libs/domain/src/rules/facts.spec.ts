import { rankCohort } from '../ranking/rank-cohort';
import { series, simpleInput, submissions } from '../ranking/cohort.test-helper';
import { CohortUnit } from '../ranking/ranking-types';
import { buildFacts, factVariables } from './facts';

function factsOf(unit: CohortUnit, indicators: string[]) {
  const result = rankCohort({ ...simpleInput([unit], 1), indicators });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return buildFacts(result.value.rows[0], result.value.cohortSize);
}

describe('facts of a unit', () => {
  it('all targets met counts only indicators with a target and data; anyZeroRate needs dossiers', () => {
    const unit: CohortUnit = {
      unitId: 'U',
      targets: { ONLINE_RESOLUTION: 30, DIGITIZATION: 50, ONLINE_PAYMENT: null },
      counts: {
        ONLINE_RESOLUTION: series([[3, 10]]), // met
        DIGITIZATION: series([[0, 0]]), // no data: not judged
        ONLINE_PAYMENT: series([[0, 4]]), // no target, but 0% with dossiers
      },
      submissions: submissions([1]),
    };
    const facts = factsOf(unit, ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT']);
    expect(facts).toEqual({
      score: 100,
      baseScore: 100,
      bonusPoints: 0,
      penaltyPoints: 0,
      latestReportMissing: false,
      rank: 1,
      cohortSize: 1,
      class: 'EXCELLENT',
      allTargetsMet: true,
      anyZeroRate: true,
      reports: { due: 1, onTime: 1, late: 0, missing: 0 },
      indicators: {
        ONLINE_RESOLUTION: { rate: 30, target: 30, met: true, achievement: 1, numerator: 3, denominator: 10 },
        DIGITIZATION: { rate: null, target: 50, met: null, achievement: null, numerator: 0, denominator: 0 },
        ONLINE_PAYMENT: { rate: 0, target: null, met: null, achievement: null, numerator: 0, denominator: 4 },
      },
    });
  });

  it('a unit with no data has not met all targets (none was judged) and has no score, rank or class', () => {
    const unit: CohortUnit = { unitId: 'U', targets: { ONLINE_RESOLUTION: 30 }, counts: {}, submissions: [] };
    expect(factsOf(unit, ['ONLINE_RESOLUTION'])).toMatchObject({
      score: null,
      rank: null,
      class: null,
      cohortSize: 0,
      allTargetsMet: false,
      anyZeroRate: false,
      reports: { due: 1, onTime: 0, late: 0, missing: 1 },
    });
  });

  it('one missed target means not all targets met', () => {
    const unit: CohortUnit = {
      unitId: 'U',
      targets: { ONLINE_RESOLUTION: 30, DIGITIZATION: 50 },
      counts: { ONLINE_RESOLUTION: series([[3, 10]]), DIGITIZATION: series([[4, 10]]) },
      submissions: submissions([1]),
    };
    expect(factsOf(unit, ['ONLINE_RESOLUTION', 'DIGITIZATION']).allTargetsMet).toBe(false);
  });

  it('lists 14 unit facts and 6 per indicator', () => {
    expect(factVariables(['A', 'B'])).toHaveLength(14 + 12);
    expect(factVariables(['A'])).toContain('indicators.A.achievement');
  });
});
