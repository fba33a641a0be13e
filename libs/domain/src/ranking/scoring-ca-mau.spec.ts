import { roundScore } from '../figures/score';
import { CA_MAU_CAMPAIGN_TARGETS, CA_MAU_INDICATOR_CODES, CA_MAU_SCORING } from '../fixtures/ca-mau';
import { Result } from '../result';
import { resolveTargets } from '../targets/resolve-target';
import { AFTER_CAMPAIGN, PERIODS, aggregated, series, submissions } from './cohort.test-helper';
import { rankAggregatedCohort, rankCohort } from './rank-cohort';
import { CohortUnit, Ranking, RankingInput, RankingRow } from './ranking-types';
import { ScoringSettings } from './scoring-settings';

function value(result: Result<Ranking>): Ranking {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

// Commune targets: ONLINE_RESOLUTION 60, DIGITIZATION 65, ONLINE_PAYMENT 30; equal weights.
const targets = resolveTargets(CA_MAU_CAMPAIGN_TARGETS, { unitId: 'any', level: 'commune' }, CA_MAU_INDICATOR_CODES);

/** A commune whose dossiers all came in week 1, [N, D] per indicator, reporting in the weeks given (on time). */
function commune(
  unitId: string,
  [resolution, digitization, payment]: [number, number][],
  reported: number[] = [1, 2, 3],
  offsetMs?: number,
): CohortUnit {
  return {
    unitId,
    targets,
    counts: {
      ONLINE_RESOLUTION: series([resolution]),
      DIGITIZATION: series([digitization]),
      ONLINE_PAYMENT: series([payment]),
    },
    submissions: submissions(reported, offsetMs),
  };
}

const AT_TARGET: [number, number][] = [
  [60, 100],
  [65, 100],
  [30, 100],
];

// As of week 3, after every due instant: 3 reports due.
const communes = [
  commune(
    'W',
    [
      [30, 100],
      [65, 100],
      [15, 100],
    ],
    [],
  ),
  commune('B', AT_TARGET),
  commune('L', AT_TARGET, [1, 2, 3], 3_600_000),
  commune('H', AT_TARGET, [1, 2]),
  commune('B2', AT_TARGET),
  commune('D', [
    [120, 200],
    [130, 200],
    [60, 200],
  ]),
  commune(
    'F',
    [
      [78, 100],
      [65, 100],
      [30, 100],
    ],
    [1, 3],
  ),
  commune('P9', [
    [949, 1000],
    [65, 100],
    [45, 100],
  ]),
];

const input = (scoring?: ScoringSettings): RankingInput => ({
  periods: PERIODS,
  asOfPeriod: 3,
  now: AFTER_CAMPAIGN,
  indicators: CA_MAU_INDICATOR_CODES,
  units: communes,
  scoring,
});

const byUnit = (ranking: Ranking): Record<string, RankingRow> =>
  Object.fromEntries(ranking.rows.map((row) => [row.unitId, row]));

describe('Cà Mau communes as of week 3, scored with bonus, penalties and the tie-break chain', () => {
  const ranking = value(rankCohort(input(CA_MAU_SCORING)));
  const rows = byUnit(ranking);

  it('without scoring settings, seven communes at or above every target share rank 1 with 100 points', () => {
    const today = value(rankCohort(input()));
    expect(today.rows.map((row) => [row.unitId, row.rank, row.score])).toEqual([
      ['B', 1, 100],
      ['L', 1, 100],
      ['H', 1, 100],
      ['B2', 1, 100],
      ['D', 1, 100],
      ['F', 1, 100],
      ['P9', 1, 100],
      ['W', 8, (100 * 2) / 3],
    ]);
  });

  it('the order: P9, F, D, then B and B2 tied, H, L, W — each shared rank a tie on every criterion', () => {
    expect(ranking.rows.map((row) => [row.unitId, row.rank, roundScore(row.score as number), row.tieBreak])).toEqual([
      ['P9', 1, 106.67, null],
      ['F', 2, 100, null],
      ['D', 3, 100, 'UNCAPPED_ACHIEVEMENT'],
      ['B', 4, 100, 'VOLUME'],
      ['B2', 4, 100, null],
      ['H', 6, 98, null],
      ['L', 7, 97, null],
      ['W', 8, 60.67, null],
    ]);
    expect(ranking.cohortSize).toBe(8);
  });

  it('Phường 9 at 94,9% of 60% and 45% of 30% earns 2 full shares of 3: bonus 10 × 2 ÷ 3 = 6,67', () => {
    expect(rows.P9).toMatchObject({ baseScore: 100, penaltyPoints: 0, class: 'EXCELLENT' });
    expect(rows.P9.bonusPoints).toBeCloseTo(20 / 3, 12);
    expect(rows.P9.score).toBeCloseTo(100 + 20 / 3, 12);
  });

  it('F at 1,3 × its resolution target earns (1,3 − 1) ÷ (1,5 − 1) = 0,6 of a share: bonus 2, less 2 (week 2)', () => {
    expect(rows.F.bonusPoints).toBeCloseTo(2, 12);
    expect(rows.F).toMatchObject({ baseScore: 100, penaltyPoints: 2, latestReportMissing: false });
    expect(rows.F.reports).toEqual({ due: 3, onTime: 2, late: 0, missing: 1 });
  });

  it('D and B exactly at their targets earn no bonus; D handled 600 dossiers, B 300', () => {
    expect(rows.D).toMatchObject({ baseScore: 100, bonusPoints: 0, penaltyPoints: 0, score: 100 });
    expect(rows.B).toMatchObject({ baseScore: 100, bonusPoints: 0, penaltyPoints: 0, score: 100 });
  });

  it('H did not report week 3: latest report missing, 2 points off; L reported late three times: 3 off', () => {
    expect(rows.H).toMatchObject({ score: 98, penaltyPoints: 2, latestReportMissing: true });
    expect(rows.L).toMatchObject({ score: 97, penaltyPoints: 3, latestReportMissing: false });
    expect(rows.L.reports).toEqual({ due: 3, onTime: 0, late: 3, missing: 0 });
  });

  it('W at half of two targets: base 66,67, no report (6 off) → 60,67, Trung bình', () => {
    expect(rows.W.baseScore).toBeCloseTo(200 / 3, 12);
    expect(rows.W).toMatchObject({ bonusPoints: 0, penaltyPoints: 6, class: 'AVERAGE', latestReportMissing: true });
    expect(rows.W.score).toBeCloseTo(200 / 3 - 6, 12);
  });

  it('the same ranking from counts summed in SQL', () => {
    expect(value(rankAggregatedCohort(aggregated(input(CA_MAU_SCORING))))).toEqual(ranking);
  });

  it('as of week 11 without another report, penalties stop at 20: W misses 11 reports (22 points), loses 20', () => {
    const w = byUnit(value(rankCohort({ ...input(CA_MAU_SCORING), asOfPeriod: 11 }))).W;
    expect(w.reports.missing).toBe(11);
    expect(w).toMatchObject({ penaltyPoints: 20, latestReportMissing: true });
    expect(w.score).toBeCloseTo(200 / 3 - 20, 12);
  });
});
