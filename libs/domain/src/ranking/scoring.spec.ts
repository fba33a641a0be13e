import { roundScore } from '../figures/score';
import { Result } from '../result';
import {
  AFTER_CAMPAIGN,
  PERIODS,
  aggregated,
  series,
  simpleInput,
  simpleUnit,
  submissions,
} from './cohort.test-helper';
import { rankAggregatedCohort, rankCohort } from './rank-cohort';
import { AggregatedRankingInput, CohortUnit, Ranking, RankingRow } from './ranking-types';
import { DEFAULT_SCORING_SETTINGS, ScoringSettings, TieBreakCriterion } from './scoring-settings';

function value(result: Result<Ranking>): Ranking {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const byUnit = (ranking: Ranking): Record<string, RankingRow> =>
  Object.fromEntries(ranking.rows.map((row) => [row.unitId, row]));

const scoring = (settings: Partial<ScoringSettings>): ScoringSettings => ({ ...DEFAULT_SCORING_SETTINGS, ...settings });
const chain = (...tieBreaks: TieBreakCriterion[]) => scoring({ tieBreaks });

/** Two indicators, RESOLUTION and PAYMENT, with their targets and week-1 counts; reports on time for weeks 1–2. */
function twoIndicators(
  unitId: string,
  [resolution, payment]: [number, number][],
  [resolutionTarget, paymentTarget]: [number, number],
): CohortUnit {
  return {
    unitId,
    targets: { RESOLUTION: resolutionTarget, PAYMENT: paymentTarget },
    counts: { RESOLUTION: series([resolution]), PAYMENT: series([payment]) },
    submissions: submissions([1, 2]),
  };
}
const twoIndicatorInput = (units: CohortUnit[], settings: ScoringSettings, weights = {}) =>
  simpleInput(units, 2, { indicators: ['RESOLUTION', 'PAYMENT'], weights, scoring: settings });

describe('bonus for exceeding targets', () => {
  it('weights 3 : 1: the resolution target exceeded 1,5 times, payment just met: bonus 10 × 3 ÷ 4 = 7,5', () => {
    const unit = twoIndicators(
      'A',
      [
        [45, 100],
        [30, 100],
      ],
      [30, 30],
    );
    const row = value(rankCohort(twoIndicatorInput([unit], scoring({ bonusMax: 10 }), { RESOLUTION: 3 }))).rows[0];
    expect(row).toMatchObject({ baseScore: 100, bonusPoints: 7.5, penaltyPoints: 0, score: 107.5 });
  });

  it('a 0% target counts in the score and the bonus’s weights but earns no bonus: 10 × 1 ÷ 2 = 5', () => {
    const unit = twoIndicators(
      'A',
      [
        [80, 100],
        [45, 100],
      ],
      [0, 30],
    );
    const row = value(rankCohort(twoIndicatorInput([unit], scoring({ bonusMax: 10 })))).rows[0];
    expect(row).toMatchObject({ baseScore: 100, bonusPoints: 5, score: 105 });
  });

  it('below target the base score is as before and no bonus is earned', () => {
    const row = value(
      rankCohort(simpleInput([simpleUnit('A', [[15, 100]])], 1, { scoring: scoring({ bonusMax: 10 }) })),
    ).rows[0];
    expect(row).toMatchObject({ baseScore: 50, bonusPoints: 0, score: 50, class: 'AVERAGE' });
  });
});

describe('penalties for late and missing reports', () => {
  const weeks = Array.from({ length: 11 }, () => [30, 100] as const);

  it('no cap: 11 missing reports × 2 = 22 points off; the final score never goes below 0', () => {
    const silent = { ...simpleUnit('SILENT', weeks), submissions: [] };
    const low = { ...simpleUnit('LOW', [[3, 100]]), submissions: [] };
    const ranking = value(rankCohort(simpleInput([silent, low], 11, { scoring: scoring({ penaltyPerMissing: 2 }) })));
    expect(byUnit(ranking).SILENT).toMatchObject({ baseScore: 100, penaltyPoints: 22, score: 78, rank: 1 });
    expect(byUnit(ranking).LOW).toMatchObject({ baseScore: 10, penaltyPoints: 22, score: 0, rank: 2, class: 'WEAK' });
  });

  it('the class is read on the final score: 100 less 11 late reports is 89, Tốt', () => {
    const late = {
      ...simpleUnit('LATE', weeks),
      submissions: submissions(
        [...weeks.keys()].map((i) => i + 1),
        60_000,
      ),
    };
    const row = value(rankCohort(simpleInput([late], 11, { scoring: scoring({ penaltyPerLate: 1 }) }))).rows[0];
    expect(row).toMatchObject({ score: 89, penaltyPoints: 11, class: 'GOOD', classLabel: 'Tốt' });
  });

  it('half a point per late report, capped at 0 points: nothing is taken off', () => {
    const late = { ...simpleUnit('LATE', weeks), submissions: submissions([1, 2], 60_000) };
    const settings = scoring({ penaltyPerLate: 0.5, penaltyMax: 0 });
    expect(value(rankCohort(simpleInput([late], 2, { scoring: settings }))).rows[0]).toMatchObject({
      penaltyPoints: 0,
      score: 100,
    });
  });
});

describe('order by the rounded final score, then the tie-break chain', () => {
  it('33,334% and 33,333% of a 100% target both show 33,33 and share rank 1 once scoring applies', () => {
    const units = [simpleUnit('LOW', [[33333, 100000]], 100), simpleUnit('HIGH', [[33334, 100000]], 100)];
    const ranking = value(rankCohort(simpleInput(units, 1, { scoring: scoring({ penaltyPerLate: 1 }) })));
    expect(ranking.rows.map((row) => [row.unitId, row.rank, roundScore(row.score as number), row.tieBreak])).toEqual([
      ['LOW', 1, 33.33, null],
      ['HIGH', 1, 33.33, null],
    ]);
    const split = value(rankCohort(simpleInput(units, 1, { scoring: chain('UNCAPPED_ACHIEVEMENT') })));
    expect(split.rows.map((row) => [row.unitId, row.rank, row.tieBreak])).toEqual([
      ['HIGH', 1, null],
      ['LOW', 2, 'UNCAPPED_ACHIEVEMENT'],
    ]);
  });

  it('uncapped achievements are compared exactly: 0,1 + 0,2 of two targets ties with 0,15 + 0,15', () => {
    // In floating point 0,1 + 0,2 is 0,30000000000000004, above 0,15 + 0,15 = 0,3.
    const a = twoIndicators(
      'A',
      [
        [10, 100],
        [20, 100],
      ],
      [100, 100],
    );
    const b = twoIndicators(
      'B',
      [
        [15, 100],
        [15, 100],
      ],
      [100, 100],
    );
    const ranking = value(rankCohort(twoIndicatorInput([b, a], chain('UNCAPPED_ACHIEVEMENT', 'VOLUME'))));
    expect(ranking.rows.map((row) => [row.unitId, row.rank, roundScore(row.score as number), row.tieBreak])).toEqual([
      ['B', 1, 15, null],
      ['A', 1, 15, null],
    ]);
  });

  it('ON_TIME_SHARE: three reports on time rank above two on time and one late', () => {
    const punctual = simpleUnit('PUNCTUAL', [
      [3, 10],
      [3, 10],
      [3, 10],
    ]);
    const late = { ...punctual, unitId: 'LATE', submissions: [...submissions([1, 2]), ...submissions([3], 60_000)] };
    const ranking = value(rankCohort(simpleInput([late, punctual], 3, { scoring: chain('ON_TIME_SHARE') })));
    expect(ranking.rows.map((row) => [row.unitId, row.rank, row.tieBreak])).toEqual([
      ['PUNCTUAL', 1, null],
      ['LATE', 2, 'ON_TIME_SHARE'],
    ]);
  });

  it('ON_TIME_SHARE with nothing due yet: every unit counts 1 and they tie', () => {
    const now = new Date(PERIODS[0].dueAt.getTime() - 1);
    const early = simpleUnit('EARLY', [[3, 10]]);
    const silent = { ...early, unitId: 'SILENT', submissions: [] };
    const ranking = value(rankCohort(simpleInput([silent, early], 1, { now, scoring: chain('ON_TIME_SHARE') })));
    expect(ranking.rows.map((row) => [row.unitId, row.rank, row.latestReportMissing])).toEqual([
      ['SILENT', 1, false],
      ['EARLY', 1, false],
    ]);
  });

  it('FEWER_MISSING, then VOLUME: the chain is read in order, and the first difference is named', () => {
    const full = simpleUnit('FULL', [
      [30, 100],
      [30, 100],
    ]);
    const big = { ...simpleUnit('BIG', [[300, 1000]]), submissions: submissions([1]) };
    const small = { ...simpleUnit('SMALL', [[3, 10]]), submissions: submissions([1]) };
    const ranking = value(
      rankCohort(simpleInput([small, big, full], 2, { scoring: chain('FEWER_MISSING', 'VOLUME') })),
    );
    expect(ranking.rows.map((row) => [row.unitId, row.rank, row.tieBreak, row.reports.missing])).toEqual([
      ['FULL', 1, null, 0],
      ['BIG', 2, 'FEWER_MISSING', 1],
      ['SMALL', 3, 'VOLUME', 1],
    ]);
  });

  it('movement compares with the previous week ordered the same way: B overtakes A on volume in week 2', () => {
    const a = simpleUnit('A', [
      [30, 100],
      [3, 10],
    ]);
    const b = simpleUnit('B', [
      [3, 10],
      [300, 1000],
    ]);
    const ranking = value(rankCohort(simpleInput([a, b], 2, { scoring: chain('VOLUME') })));
    expect(ranking.rows.map((row) => [row.unitId, row.rank, row.previousRank, row.movement])).toEqual([
      ['B', 1, 2, 1],
      ['A', 2, 1, -1],
    ]);
    const today = value(rankCohort(simpleInput([a, b], 2)));
    expect(today.rows.map((row) => [row.unitId, row.rank, row.movement])).toEqual([
      ['A', 1, 0],
      ['B', 1, 0],
    ]);
  });
});

describe('rows of a campaign without scoring settings', () => {
  it('base score = score, no bonus or penalty, no tie-break; the latest-report flag is still a fact', () => {
    const reported = simpleUnit('REPORTED', [
      [3, 10],
      [3, 10],
    ]);
    const silent = { ...reported, unitId: 'SILENT', submissions: submissions([1]) };
    const empty = { ...simpleUnit('EMPTY', []), submissions: [] };
    const rows = byUnit(value(rankCohort(simpleInput([reported, silent, empty], 2))));
    expect(rows.REPORTED).toMatchObject({
      score: 100,
      baseScore: 100,
      bonusPoints: 0,
      penaltyPoints: 0,
      tieBreak: null,
      latestReportMissing: false,
    });
    expect(rows.SILENT).toMatchObject({ rank: 1, latestReportMissing: true });
    expect(rows.EMPTY).toMatchObject({
      rank: null,
      score: null,
      baseScore: null,
      bonusPoints: null,
      penaltyPoints: null,
      latestReportMissing: true,
    });
  });

  it('before the latest week is due, its report is not missing yet', () => {
    const now = new Date(PERIODS[1].dueAt.getTime() - 1);
    const unit = { ...simpleUnit('A', [[3, 10]]), submissions: submissions([1]) };
    expect(value(rankCohort(simpleInput([unit], 2, { now }))).rows[0].latestReportMissing).toBe(false);
  });

  it('explicit all-off settings rank exactly as none', () => {
    const units = [simpleUnit('LOW', [[33333, 100000]], 100), simpleUnit('HIGH', [[33334, 100000]], 100)];
    const settings = scoring({ bonusFullAt: 3, penaltyMax: 20 });
    expect(rankCohort(simpleInput(units, 1, { scoring: settings }))).toEqual(rankCohort(simpleInput(units, 1)));
  });
});

describe('counts summed in SQL: the latest week’s report', () => {
  const units = [
    simpleUnit('A', [
      [3, 10],
      [3, 10],
    ]),
    { ...simpleUnit('B', [[3, 10]]), submissions: submissions([1]) },
    { ...simpleUnit('C', [[3, 10]]), submissions: submissions([2], 60_000) },
  ];
  const settings = scoring({ penaltyPerLate: 1, penaltyPerMissing: 2, tieBreaks: ['ON_TIME_SHARE'] });
  const input = simpleInput(units, 2, { scoring: settings });

  const withoutLatest = (summed: AggregatedRankingInput): AggregatedRankingInput => ({
    ...summed,
    units: summed.units.map((unit) => ({
      ...unit,
      reports: { onTime: unit.reports.onTime, late: unit.reports.late, submittedDue: unit.reports.submittedDue },
    })),
  });

  it('with it, the same ranking and the same movement as from the reports themselves', () => {
    expect(value(rankAggregatedCohort(aggregated(input)))).toEqual(value(rankCohort(input)));
  });

  it('scoring settings need it: REQUIRED for each unit without it', () => {
    const result = rankAggregatedCohort(withoutLatest(aggregated(input)));
    expect(result.ok ? [] : result.errors.map((error) => [error.code, error.field?.join('.')])).toEqual([
      ['REQUIRED', 'units.A.reports.latest'],
      ['REQUIRED', 'units.B.reports.latest'],
      ['REQUIRED', 'units.C.reports.latest'],
    ]);
  });

  it('without scoring settings it may be left out: missing only where the counts prove it', () => {
    const plain = simpleInput([...units, { ...simpleUnit('D', [[3, 10]]), submissions: [] }], 2);
    const rows = byUnit(value(rankAggregatedCohort(withoutLatest(aggregated(plain)))));
    // B misses week 2 but reported week 1: the counts cannot tell which week is missing.
    expect([rows.A, rows.B, rows.C, rows.D].map((row) => row.latestReportMissing)).toEqual([false, false, false, true]);
  });

  it('a latest report that disagrees with the counts is refused', () => {
    const summed = aggregated(input);
    const [a, b, c] = summed.units;
    const units = [
      { ...a, reports: { ...a.reports, latest: null } },
      { ...b, reports: { ...b.reports, latest: 'LATE' as const } },
      { ...c, reports: { ...c.reports, latest: 'EARLY' as unknown as null } },
    ];
    const result = rankAggregatedCohort({ ...summed, units });
    expect(result.ok ? [] : result.errors.map((error) => [error.code, error.field?.join('.')])).toEqual([
      ['PERIOD_OUT_OF_RANGE', 'units.A.reports.latest'],
      ['PERIOD_OUT_OF_RANGE', 'units.B.reports.latest'],
      ['PERIOD_OUT_OF_RANGE', 'units.C.reports.latest'],
    ]);
  });

  it('is handed the time: the same input gives the same ranking', () => {
    const at = { ...input, now: AFTER_CAMPAIGN };
    expect(rankCohort(at)).toEqual(rankCohort(at));
  });
});
