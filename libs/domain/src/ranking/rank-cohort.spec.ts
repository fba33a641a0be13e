import { CA_MAU_CAMPAIGN_TARGETS, CA_MAU_INDICATOR_CODES } from '../fixtures/ca-mau';
import { Result } from '../result';
import { resolveTargets } from '../targets/resolve-target';
import { AFTER_CAMPAIGN, PERIODS, series, simpleInput, simpleUnit, submissions } from './cohort.test-helper';
import { competitionRanks } from './competition-rank';
import { rankCohort } from './rank-cohort';
import { Ranking, RankingRow } from './ranking-types';

function value(result: Result<Ranking>): Ranking {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const byUnit = (ranking: Ranking): Record<string, RankingRow> =>
  Object.fromEntries(ranking.rows.map((row) => [row.unitId, row]));

describe('competition ranking', () => {
  it('scores 95, 80, 80, 60 rank 1, 2, 2, 4', () => {
    expect(competitionRanks([95, 80, 80, 60])).toEqual([1, 2, 2, 4]);
  });

  it('no score stays unranked; ranks count only the scored', () => {
    expect(competitionRanks([null, 50, 70, null, 70])).toEqual([null, 3, 1, null, 1]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('four units at 15%, 12%, 12% and 6% against 30% rank 1, 2, 2, 4 with scores 50, 40, 40, 20', () => {
    const ranking = value(
      rankCohort(
        simpleInput(
          [
            simpleUnit('D', [[6, 100]]),
            simpleUnit('B', [[12, 100]]),
            simpleUnit('A', [[15, 100]]),
            simpleUnit('C', [[24, 200]]),
          ],
          1,
        ),
      ),
    );
    expect(ranking.rows.map((row) => [row.unitId, row.rank, row.score])).toEqual([
      ['A', 1, 50],
      ['B', 2, 40],
      ['C', 2, 40],
      ['D', 4, 20],
    ]);
    expect(ranking.cohortSize).toBe(4);
  });

  it('lists tied units in the order they were given', () => {
    const tied = (codes: string[]) =>
      value(
        rankCohort(
          simpleInput(
            codes.map((code) => simpleUnit(code, [[12, 100]])),
            1,
          ),
        ),
      ).rows.map((row) => [row.unitId, row.rank]);
    expect(tied(['C', 'A', 'B'])).toEqual([
      ['C', 1],
      ['A', 1],
      ['B', 1],
    ]);
    expect(tied(['A', 'B', 'C'])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 1],
    ]);
  });

  it('ranks on the unrounded score: 33,334% ranks above 33,333% though both show 33,33', () => {
    const ranking = value(
      rankCohort(
        simpleInput([simpleUnit('LOW', [[33333, 100000]], 100), simpleUnit('HIGH', [[33334, 100000]], 100)], 1),
      ),
    );
    expect(ranking.rows.map((row) => [row.unitId, row.rank])).toEqual([
      ['HIGH', 1],
      ['LOW', 2],
    ]);
  });
});

describe('units without data', () => {
  it('a unit with no dossiers is listed last, unranked, with no score or class, and not counted in the cohort', () => {
    const ranking = value(
      rankCohort(
        simpleInput([simpleUnit('EMPTY', [[0, 0]]), simpleUnit('B', [[3, 10]]), simpleUnit('A', [[1, 10]])], 1),
      ),
    );
    expect(ranking.rows.map((row) => [row.unitId, row.rank, row.score, row.class])).toEqual([
      ['B', 1, 100, 'EXCELLENT'],
      ['A', 2, (100 * (10 / 30)) / 1, 'WEAK'],
      ['EMPTY', null, null, null],
    ]);
    expect(ranking.cohortSize).toBe(2);
    const empty = ranking.rows[2];
    expect(empty.indicators[0]).toMatchObject({
      rate: null,
      met: null,
      achievement: null,
      shortfall: null,
      projectedRate: null,
    });
  });

  it('a unit with dossiers but no target is unranked too (nothing to score against), its rate still shown', () => {
    const ranking = value(
      rankCohort(simpleInput([simpleUnit('NO_TARGET', [[5, 10]], null), simpleUnit('A', [[5, 10]])], 1)),
    );
    expect(byUnit(ranking).NO_TARGET).toMatchObject({ rank: null, score: null });
    expect(byUnit(ranking).NO_TARGET.indicators[0]).toMatchObject({ rate: 50, target: null, met: null, onTrack: null });
  });

  it('unranked units are listed in the order they were given (the caller sorts, e.g. by code)', () => {
    const ranking = value(rankCohort(simpleInput([simpleUnit('Z', [[0, 0]]), simpleUnit('M', [])], 1)));
    expect(ranking.rows.map((row) => row.unitId)).toEqual(['Z', 'M']);
    expect(ranking.cohortSize).toBe(0);
    const reversed = value(rankCohort(simpleInput([simpleUnit('M', []), simpleUnit('Z', [[0, 0]])], 1)));
    expect(reversed.rows.map((row) => row.unitId)).toEqual(['M', 'Z']);
  });
});

describe('movement, class and figures', () => {
  // A leads in week 1; B overtakes by week 2.
  const units = [
    simpleUnit('A', [
      [30, 100],
      [0, 100],
    ]),
    simpleUnit('B', [
      [10, 100],
      [50, 100],
    ]),
    simpleUnit('C', [
      [0, 0],
      [0, 0],
    ]),
  ];

  it('period 1: no movement', () => {
    const ranking = value(rankCohort(simpleInput(units, 1)));
    expect(ranking.rows.map((row) => [row.unitId, row.rank, row.movement])).toEqual([
      ['A', 1, null],
      ['B', 2, null],
      ['C', null, null],
    ]);
  });

  it('period 2: B moves up one (+1), A down one (−1)', () => {
    const ranking = value(rankCohort(simpleInput(units, 2)));
    expect(ranking.rows.map((row) => [row.unitId, row.rank, row.previousRank, row.movement])).toEqual([
      ['B', 1, 2, 1],
      ['A', 2, 1, -1],
      ['C', null, null, null],
    ]);
  });

  it('a unit without data last period has no movement', () => {
    const late = simpleUnit('LATECOMER', [
      [0, 0],
      [10, 10],
    ]);
    const ranking = value(rankCohort(simpleInput([...units, late], 2)));
    expect(byUnit(ranking).LATECOMER).toMatchObject({ rank: 1, previousRank: null, movement: null });
  });

  it('cumulative figures as of period 2: B has 60 / 200 = 30%, meets 30% exactly, shortfall 0, on track', () => {
    const b = byUnit(value(rankCohort(simpleInput(units, 2)))).B;
    expect(b.indicators[0]).toEqual({
      code: 'ONLINE_RESOLUTION',
      weight: 1,
      numerator: 60,
      denominator: 200,
      rate: 30,
      target: 30,
      met: true,
      achievement: 1,
      shortfall: 0,
      projectedRate: 30,
      onTrack: true,
    });
    expect(b).toMatchObject({ score: 100, class: 'EXCELLENT', classLabel: 'Xuất sắc' });
  });

  it('A at 30 / 200 = 15% against 30%: achievement 0,5, score 50 (Trung bình), shortfall 30, off track', () => {
    const a = byUnit(value(rankCohort(simpleInput(units, 2)))).A;
    expect(a.indicators[0]).toMatchObject({ rate: 15, achievement: 0.5, shortfall: 30, met: false, onTrack: false });
    expect(a).toMatchObject({ score: 50, class: 'AVERAGE', classLabel: 'Trung bình' });
  });

  it('a configurable legend: Đạt ≥ 60, Chưa đạt below', () => {
    const legend = [
      { code: 'PASS', label: 'Đạt', minScore: 60 },
      { code: 'FAIL', label: 'Chưa đạt', minScore: 0 },
    ];
    const rows = byUnit(value(rankCohort(simpleInput(units, 2, { legend }))));
    expect([rows.A.class, rows.B.classLabel]).toEqual(['FAIL', 'Đạt']);
  });
});

describe('three indicators with Cà Mau district targets (70 / 70 / 35) and weights', () => {
  const targets = resolveTargets(CA_MAU_CAMPAIGN_TARGETS, { unitId: '964', level: 'district' }, CA_MAU_INDICATOR_CODES);
  const unit = {
    unitId: '964',
    targets,
    counts: {
      ONLINE_RESOLUTION: series([[70, 100]]), // 70% → 1
      DIGITIZATION: series([[35, 100]]), // 35% of 70 → 0,5
      ONLINE_PAYMENT: series([[0, 0]]), // no data: left out
    },
    submissions: submissions([1]),
  };

  it('equal weights: (1 + 0,5) ÷ 2 = 75 (Tốt); the indicator without data is left out', () => {
    const row = value(rankCohort({ ...simpleInput([unit], 1), indicators: CA_MAU_INDICATOR_CODES })).rows[0];
    expect(row).toMatchObject({ score: 75, class: 'GOOD' });
    expect(row.indicators.map((indicator) => indicator.achievement)).toEqual([1, 0.5, null]);
  });

  it('weights 3 : 1 : 1: (3 + 0,5) ÷ 4 = 87,5', () => {
    const weights = { ONLINE_RESOLUTION: 3, DIGITIZATION: 1, ONLINE_PAYMENT: 1 };
    const row = value(rankCohort({ ...simpleInput([unit], 1), indicators: CA_MAU_INDICATOR_CODES, weights })).rows[0];
    expect(row.score).toBe(87.5);
    expect(row.indicators[0].weight).toBe(3);
  });
});

describe('report tally', () => {
  const weeks: [number, number][] = [
    [1, 2],
    [1, 2],
    [1, 2],
    [1, 2],
  ];

  it('as of period 4 after all due: 2 on time, 1 late, 1 missing, 4 due', () => {
    const unit = {
      ...simpleUnit('A', weeks),
      submissions: [...submissions([1, 3]), ...submissions([2], 60_000)],
    };
    const row = value(rankCohort(simpleInput([unit], 4))).rows[0];
    expect(row.reports).toEqual({ due: 4, onTime: 2, late: 1, missing: 1 });
  });

  it('a revision does not change timeliness: the earliest submission of a period counts', () => {
    const unit = {
      ...simpleUnit('A', weeks.slice(0, 1)),
      submissions: [...submissions([1], 86_400_000), ...submissions([1], -60_000)],
    };
    expect(value(rankCohort(simpleInput([unit], 1))).rows[0].reports).toEqual({
      due: 1,
      onTime: 1,
      late: 0,
      missing: 0,
    });
  });

  it('before period 4 is due, it is neither due nor missing; an early report already counts as on time', () => {
    const now = new Date(PERIODS[3].dueAt.getTime() - 1);
    const unit = { ...simpleUnit('A', weeks), submissions: submissions([1, 2, 4]) };
    const row = value(rankCohort(simpleInput([unit], 4, { now }))).rows[0];
    expect(row.reports).toEqual({ due: 3, onTime: 3, late: 0, missing: 1 });
  });
});

describe('input errors come back as values', () => {
  it('as-of period 12 of 11: PERIOD_OUT_OF_RANGE', () => {
    const result = rankCohort(simpleInput([simpleUnit('A', [[1, 2]])], 12));
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(['PERIOD_OUT_OF_RANGE']);
  });

  it('bad counts, target, submission and weight are each named with a path', () => {
    const bad = {
      unitId: 'BAD',
      targets: { ONLINE_RESOLUTION: 120 },
      counts: {
        ONLINE_RESOLUTION: series([
          [5, 4],
          [-1, 3],
        ]),
      },
      submissions: [{ period: 13, submittedAt: new Date(Number.NaN) }],
    };
    const result = rankCohort(simpleInput([bad], 2, { weights: { ONLINE_RESOLUTION: 1 } }));
    expect(result.ok ? [] : result.errors.map((error) => [error.code, (error.field ?? []).join('.')])).toEqual([
      ['PERIOD_OUT_OF_RANGE', 'units.BAD.submissions.0.period'],
      ['INVALID_SUBMISSION_TIME', 'units.BAD.submissions.0.submittedAt'],
      ['NUMERATOR_ABOVE_DENOMINATOR', 'units.BAD.counts.ONLINE_RESOLUTION.1.numerator'],
      ['NEGATIVE_COUNT', 'units.BAD.counts.ONLINE_RESOLUTION.2.numerator'],
      ['TARGET_OUT_OF_RANGE', 'units.BAD.targets.ONLINE_RESOLUTION'],
    ]);
  });

  it('counts for more periods than the campaign has: PERIOD_OUT_OF_RANGE', () => {
    const unit = {
      ...simpleUnit('LONG', [[1, 1]]),
      counts: { ONLINE_RESOLUTION: series(Array.from({ length: 12 }, () => [1, 1] as const)) },
    };
    const result = rankCohort(simpleInput([unit], 11));
    expect(result.ok ? '' : result.errors[0].message.en).toBe(
      'Unit LONG has ONLINE_RESOLUTION counts for 12 periods, but the campaign has 11.',
    );
  });

  it('settings: a zero weight, a bad legend and a bad indicator code', () => {
    const result = rankCohort(
      simpleInput([], 1, {
        indicators: ['ONLINE_RESOLUTION', 'online payment'],
        weights: { ONLINE_RESOLUTION: 0 },
        legend: [{ code: 'TOP', label: 'Top', minScore: 50 }],
      }),
    );
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual([
      'INVALID_INDICATOR_CODE',
      'INVALID_WEIGHT',
      'INVALID_LEGEND',
    ]);
  });

  it('the same invalid target on two units is reported for both', () => {
    const result = rankCohort(simpleInput([simpleUnit('A', [[1, 2]], -5), simpleUnit('B', [[1, 2]], -5)], 1));
    expect(result.ok ? [] : result.errors.map((error) => error.field?.[1])).toEqual(['A', 'B']);
  });

  it('is handed the time and never reads a clock: the same input gives the same ranking', () => {
    const input = simpleInput([simpleUnit('A', [[1, 2]])], 1, { now: AFTER_CAMPAIGN });
    expect(rankCohort(input)).toEqual(rankCohort(input));
  });
});
