import { CA_MAU_CAMPAIGN_TARGETS, CA_MAU_INDICATOR_CODES } from '../fixtures/ca-mau';
import { Result } from '../result';
import { resolveTargets } from '../targets/resolve-target';
import {
  AFTER_CAMPAIGN,
  PERIODS,
  aggregated,
  series,
  simpleInput,
  simpleUnit,
  submissions,
} from './cohort.test-helper';
import { cumulationWindow, projectCumulative } from './cumulation';
import { rankAggregatedCohort, rankCohort } from './rank-cohort';
import { AggregatedCohortUnit, AggregatedRankingInput, CumulativeCounts, Ranking, RankingInput } from './ranking-types';

function value(result: Result<Ranking>): Ranking {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** Both paths on the same counts, and the rankings they give. */
function both(input: RankingInput): [Ranking, Ranking] {
  return [value(rankCohort(input)), value(rankAggregatedCohort(aggregated(input)))];
}

const weeks = (...pairs: [number, number][]) => pairs;

describe('the aggregated path ranks exactly as the per-period path', () => {
  const movers = [
    simpleUnit('A', weeks([30, 100], [0, 100], [5, 100], [40, 100])),
    simpleUnit('B', weeks([10, 100], [50, 100], [20, 100], [0, 0])),
    simpleUnit('C', weeks([0, 0], [0, 0])),
    simpleUnit('D', weeks([15, 100], [15, 100], [15, 100], [15, 100]), null),
    {
      ...simpleUnit('E', weeks([3, 10], [3, 10], [3, 10], [3, 10])),
      submissions: [...submissions([1], 86_400_000), ...submissions([3])],
    },
    simpleUnit('F', weeks([30, 100], [0, 100], [5, 100], [40, 100])),
  ];
  const scenarios: [string, RankingInput][] = [
    ['period 1 (no movement)', simpleInput(movers, 1)],
    ['period 2 (B overtakes A)', simpleInput(movers, 2)],
    ['period 4 (pace window of 3, late and missing reports, ties)', simpleInput(movers, 4)],
    ['period 11 (past the data)', simpleInput(movers, 11)],
    ['before period 4 is due', simpleInput(movers, 4, { now: new Date(PERIODS[3].dueAt.getTime() - 1) })],
    [
      'a configurable legend',
      simpleInput(movers, 3, {
        legend: [
          { code: 'PASS', label: 'Đạt', minScore: 60 },
          { code: 'FAIL', label: 'Chưa đạt', minScore: 0 },
        ],
      }),
    ],
    [
      'ranks on the unrounded score',
      simpleInput([simpleUnit('LOW', [[33333, 100000]], 100), simpleUnit('HIGH', [[33334, 100000]], 100)], 1),
    ],
    ['an empty cohort', simpleInput([], 5)],
  ];
  it.each(scenarios)('%s', (_name, input) => {
    const [perPeriod, summed] = both(input);
    expect(summed).toEqual(perPeriod);
  });

  it('three Cà Mau indicators with weights 3 : 1 : 1 and district targets 70 / 70 / 35: 87,5 either way', () => {
    const targets = resolveTargets(
      CA_MAU_CAMPAIGN_TARGETS,
      { unitId: '964', level: 'district' },
      CA_MAU_INDICATOR_CODES,
    );
    const unit = {
      unitId: '964',
      targets,
      counts: {
        ONLINE_RESOLUTION: series([[70, 100]]),
        DIGITIZATION: series([[35, 100]]),
        ONLINE_PAYMENT: series([[0, 0]]),
      },
      submissions: submissions([1]),
    };
    const input = {
      ...simpleInput([unit], 1),
      indicators: CA_MAU_INDICATOR_CODES,
      weights: { ONLINE_RESOLUTION: 3, DIGITIZATION: 1, ONLINE_PAYMENT: 1 },
    };
    const [perPeriod, summed] = both(input);
    expect(summed).toEqual(perPeriod);
    expect(summed.rows[0].score).toBe(87.5);
  });

  it('reads the tally from counts: 2 on time, 1 late, 4 due → 1 missing', () => {
    const unit: AggregatedCohortUnit = {
      unitId: 'A',
      targets: {},
      figures: {},
      reports: { onTime: 2, late: 1, submittedDue: 3 },
    };
    const row = value(rankAggregatedCohort({ ...simpleInput([], 4), units: [unit] })).rows[0];
    expect(row.reports).toEqual({ due: 4, onTime: 2, late: 1, missing: 1 });
    expect(row).toMatchObject({ rank: null, score: null });
  });

  it('ignores previous sums as of period 1: there is no previous ranking', () => {
    const figures: CumulativeCounts = {
      numerator: 5,
      denominator: 10,
      previousNumerator: 5,
      previousDenominator: 10,
      paceNumerator: 5,
      paceDenominator: 10,
    };
    const unit: AggregatedCohortUnit = {
      unitId: 'A',
      targets: { ONLINE_RESOLUTION: 30 },
      figures: { ONLINE_RESOLUTION: figures },
      reports: { onTime: 1, late: 0, submittedDue: 1 },
    };
    const row = value(rankAggregatedCohort({ ...simpleInput([], 1), units: [unit] })).rows[0];
    expect(row).toMatchObject({ rank: 1, previousRank: null, movement: null, score: 100 });
  });
});

describe('cumulation window and projection from sums', () => {
  it('as of period 1: nothing before, pace over period 1; as of 5: previous to 4, pace over 3..5', () => {
    expect(cumulationWindow(1)).toEqual({ asOf: 1, previousTo: 0, paceFrom: 1 });
    expect(cumulationWindow(5)).toEqual({ asOf: 5, previousTo: 4, paceFrom: 3 });
  });

  it('projects a level from summed figures as projectRate does: 60 / 200 over 2 periods, 30 / 100 a period → 30%', () => {
    const projection = projectCumulative(
      { numerator: 60, denominator: 200, paceNumerator: 60, paceDenominator: 200 },
      2,
      11,
      30,
    );
    expect(projection).toEqual({ projectedRate: 30, onTrack: true });
    expect(
      projectCumulative({ numerator: 0, denominator: 0, paceNumerator: 0, paceDenominator: 0 }, 2, 11, 30),
    ).toEqual({ projectedRate: null, onTrack: null });
  });
});

describe('aggregated input errors come back as values', () => {
  const base = (
    figures: Partial<CumulativeCounts>,
    reports: AggregatedCohortUnit['reports'] = { onTime: 1, late: 0, submittedDue: 1 },
  ): AggregatedRankingInput => ({
    ...simpleInput([], 2),
    units: [
      {
        unitId: 'A',
        targets: { ONLINE_RESOLUTION: 30 },
        figures: {
          ONLINE_RESOLUTION: {
            numerator: 5,
            denominator: 10,
            previousNumerator: 2,
            previousDenominator: 5,
            paceNumerator: 5,
            paceDenominator: 10,
            ...figures,
          },
        },
        reports,
      },
    ],
  });
  const codes = (input: AggregatedRankingInput) => {
    const result = rankAggregatedCohort(input);
    return result.ok ? [] : result.errors.map((error) => [error.code, error.field?.join('.')]);
  };

  it('a numerator above its denominator, a fraction and a count past 2⁵³ are named with a path', () => {
    expect(codes(base({ numerator: 11 }))).toEqual([
      ['NUMERATOR_ABOVE_DENOMINATOR', 'units.A.figures.ONLINE_RESOLUTION.asOf.numerator'],
    ]);
    expect(codes(base({ previousDenominator: 4.5 }))).toEqual([
      ['FRACTIONAL_COUNT', 'units.A.figures.ONLINE_RESOLUTION.previous.denominator'],
    ]);
    expect(codes(base({ paceNumerator: 2 ** 53, paceDenominator: 2 ** 53 }))).toEqual([
      ['COUNT_TOO_LARGE', 'units.A.figures.ONLINE_RESOLUTION.pace.numerator'],
      ['COUNT_TOO_LARGE', 'units.A.figures.ONLINE_RESOLUTION.pace.denominator'],
    ]);
  });

  it('sums to p − 1 or over the pace window above those to p: some period would count negative dossiers', () => {
    expect(codes(base({ previousNumerator: 6, previousDenominator: 10 }))).toEqual([
      ['NEGATIVE_COUNT', 'units.A.figures.ONLINE_RESOLUTION.previous'],
    ]);
    expect(codes(base({ paceDenominator: 11 }))).toEqual([
      ['NEGATIVE_COUNT', 'units.A.figures.ONLINE_RESOLUTION.pace'],
    ]);
  });

  it('impossible report counts: negative, fractional, more reports than periods, more due reports than due periods', () => {
    expect(codes(base({}, { onTime: -1, late: 0.5, submittedDue: 0 }))).toEqual([
      ['NEGATIVE_COUNT', 'units.A.reports.onTime'],
      ['FRACTIONAL_COUNT', 'units.A.reports.late'],
    ]);
    expect(codes(base({}, { onTime: 2, late: 1, submittedDue: 2 }))).toEqual([
      ['PERIOD_OUT_OF_RANGE', 'units.A.reports'],
    ]);
    expect(codes(base({}, { onTime: 1, late: 0, submittedDue: 2 }))).toEqual([
      ['PERIOD_OUT_OF_RANGE', 'units.A.reports.submittedDue'],
    ]);
  });

  it('settings are checked as for rankCohort: as-of period 12 of 11', () => {
    expect(codes({ ...base({}), asOfPeriod: 12 })).toEqual([['PERIOD_OUT_OF_RANGE', 'asOfPeriod']]);
  });

  it('an indicator left out has no dossiers; the same ranking at any time after the campaign', () => {
    const input = { ...base({}), units: [{ ...base({}).units[0], figures: {} }], now: AFTER_CAMPAIGN };
    expect(value(rankAggregatedCohort(input)).rows[0]).toMatchObject({
      rank: null,
      indicators: [{ numerator: 0, denominator: 0, rate: null }],
    });
  });
});
