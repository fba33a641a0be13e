import fc from 'fast-check';
import { AFTER_CAMPAIGN, PERIODS, aggregated } from './cohort.test-helper';
import { rankAggregatedCohort, rankCohort } from './rank-cohort';
import { CohortUnit, Ranking, RankingInput, RankingRow, ReportSubmission } from './ranking-types';
import { ScoringSettings, TIE_BREAK_CRITERIA, TieBreakCriterion, scoringApplies } from './scoring-settings';

const CODES = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'];

// Small counts and a few targets, so that many units reach every target and ties are common.
const weekArb = fc.integer({ min: 0, max: 12 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d)));
const seriesArb = fc
  .array(weekArb, { maxLength: 6 })
  .map((weeks) => ({ numerators: weeks.map((w) => w[0]), denominators: weeks.map((w) => w[1]) }));
const targetArb = fc.constantFrom(null, 0, 25, 30, 50, 62.5, 100);
const submissionArb: fc.Arbitrary<ReportSubmission> = fc.record({
  period: fc.integer({ min: 1, max: 6 }),
  submittedAt: fc
    .constantFrom(-1, 1, 8 * 86_400_000)
    .chain((offset) =>
      fc.integer({ min: 1, max: 6 }).map((period) => new Date(PERIODS[period - 1].dueAt.getTime() + offset)),
    ),
});
const unitArb = (unitId: string): fc.Arbitrary<CohortUnit> =>
  fc.record({
    unitId: fc.constant(unitId),
    targets: fc.record({ ONLINE_RESOLUTION: targetArb, DIGITIZATION: targetArb, ONLINE_PAYMENT: targetArb }),
    counts: fc.record(
      { ONLINE_RESOLUTION: seriesArb, DIGITIZATION: seriesArb, ONLINE_PAYMENT: seriesArb },
      { requiredKeys: [] },
    ),
    submissions: fc.array(submissionArb, { maxLength: 8 }),
  });
const cohortArb = fc
  .integer({ min: 0, max: 20 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, i) => unitArb(`U${String(i).padStart(2, '0')}`))));
const scoringArb: fc.Arbitrary<ScoringSettings> = fc.record({
  bonusMax: fc.constantFrom(0, 5, 10, 12.5),
  bonusFullAt: fc.constantFrom(1.25, 1.5, 2),
  penaltyPerLate: fc.constantFrom(0, 0.5, 1),
  penaltyPerMissing: fc.constantFrom(0, 2),
  penaltyMax: fc.constantFrom(undefined, null, 0, 3, 20),
  tieBreaks: fc.shuffledSubarray([...TIE_BREAK_CRITERIA]),
});
const inputArb: fc.Arbitrary<RankingInput> = fc.record({
  periods: fc.constant(PERIODS),
  asOfPeriod: fc.integer({ min: 1, max: 7 }),
  now: fc
    .integer({ min: 0, max: 7 })
    .map((dueBefore) => new Date(PERIODS[dueBefore].dueAt.getTime() - 1))
    .chain((now) => fc.constantFrom(now, AFTER_CAMPAIGN)),
  indicators: fc.constant(CODES),
  weights: fc.record({ ONLINE_RESOLUTION: fc.constantFrom(1, 2, 1.5), DIGITIZATION: fc.constantFrom(1, 3) }),
  units: cohortArb,
  scoring: scoringArb,
});

function ranked(input: RankingInput): Ranking {
  const result = rankCohort(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** A fraction of whole numbers (BigInt), denominator above 0. */
type Ratio = [bigint, bigint];
const compare = ([a, b]: Ratio, [c, d]: Ratio): number => (a * d > c * b ? 1 : a * d < c * b ? -1 : 0);

/**
 * What the order reads, recomputed from the row alone, exactly and independently of the ranking's code, each
 * oriented "greater is better": the rounded final score, then the chain's criteria.
 */
function orderKey(row: RankingRow, chain: readonly TieBreakCriterion[], weights: RankingInput['weights']): Ratio[] {
  const hundredths = BigInt(Math.round(Number((row.score as number).toFixed(2)) * 100));
  return [[hundredths, 1n], ...chain.map((criterion) => criterionOf(row, criterion, weights))];
}

function criterionOf(row: RankingRow, criterion: TieBreakCriterion, weights: RankingInput['weights']): Ratio {
  const { onTime, due, missing } = row.reports;
  switch (criterion) {
    case 'ON_TIME_SHARE':
      return due === 0 ? [1n, 1n] : [BigInt(onTime), BigInt(due)];
    case 'FEWER_MISSING':
      return [BigInt(-missing), 1n];
    case 'VOLUME':
      return [BigInt(row.indicators.reduce((sum, indicator) => sum + indicator.denominator, 0)), 1n];
    case 'UNCAPPED_ACHIEVEMENT': {
      // Σ w·(N ÷ D) ÷ (T ÷ 10.000) ÷ Σ w, with w in hundredths and targets T in hundredths of a percent.
      let sum: Ratio = [0n, 1n];
      let weightTotal = 0n;
      for (const indicator of row.indicators) {
        if (indicator.target === null || indicator.target === 0 || indicator.denominator === 0) continue;
        const w = BigInt(Math.round((weights?.[indicator.code] ?? 1) * 100));
        const term: Ratio = [
          w * BigInt(indicator.numerator) * 10_000n,
          BigInt(indicator.denominator) * BigInt(Math.round(indicator.target * 100)),
        ];
        sum = [sum[0] * term[1] + term[0] * sum[1], sum[1] * term[1]];
        weightTotal += w;
      }
      return weightTotal === 0n ? [1n, 1n] : [sum[0], sum[1] * weightTotal];
    }
  }
}

/** Lexicographic comparison of keys: the level (1-based) of the first difference, signed; 0 when equal. */
function firstDifference(a: Ratio[], b: Ratio[]): number {
  for (let level = 0; level < a.length; level++) {
    const sign = compare(a[level], b[level]);
    if (sign !== 0) return sign * (level + 1);
  }
  return 0;
}

describe('scoring properties', () => {
  it('final score = max(0, base + bonus − penalty) within [0, 100 + B]: base 0–100, bonus 0–B, penalty 0–cap', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const scoring = input.scoring as ScoringSettings;
        for (const row of ranked(input).rows) {
          if (row.score === null) {
            expect([row.baseScore, row.bonusPoints, row.penaltyPoints, row.rank]).toEqual([null, null, null, null]);
            continue;
          }
          const [base, bonus, penalty] = [row.baseScore, row.bonusPoints, row.penaltyPoints] as number[];
          expect(row.score).toBeGreaterThanOrEqual(0);
          expect(row.score).toBeLessThanOrEqual(100 + scoring.bonusMax);
          expect(base).toBeGreaterThanOrEqual(0);
          expect(base).toBeLessThanOrEqual(100);
          expect(bonus).toBeGreaterThanOrEqual(0);
          expect(bonus).toBeLessThanOrEqual(scoring.bonusMax);
          expect(penalty).toBeGreaterThanOrEqual(0);
          expect(penalty).toBeLessThanOrEqual(scoring.penaltyMax ?? Infinity);
          expect(row.score).toBe(Math.max(0, base + bonus - penalty));
        }
      }),
    );
  });

  it('without settings, or with all of them off, a ranking is exactly what it was before they existed', () => {
    const allOff = fc.record({
      bonusMax: fc.constant(0),
      bonusFullAt: fc.constantFrom(1.5, 3),
      penaltyPerLate: fc.constant(0),
      penaltyPerMissing: fc.constant(0),
      penaltyMax: fc.constantFrom(undefined, null, 20),
      tieBreaks: fc.constant([]),
    });
    fc.assert(
      fc.property(inputArb, allOff, (input, off) => {
        const none = ranked({ ...input, scoring: undefined });
        expect(ranked({ ...input, scoring: off })).toEqual(none);
        // Today's rules: rank = 1 + the units with a strictly higher unrounded score; no bonus, penalty or tie-break.
        const scored = none.rows.filter((row) => row.score !== null);
        for (const row of scored) {
          expect(row.rank).toBe(1 + scored.filter((other) => (other.score as number) > (row.score as number)).length);
          expect([row.baseScore, row.bonusPoints, row.penaltyPoints, row.tieBreak]).toEqual([row.score, 0, 0, null]);
        }
      }),
    );
  });

  it('ranks are a total preorder consistent with the chain: better key, better rank; equal key, shared rank', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const scoring = input.scoring as ScoringSettings;
        // Without anything set, the unrounded score orders (the property above).
        if (!scoringApplies(scoring)) return;
        const rows = ranked(input).rows.filter((row) => row.rank !== null);
        const keys = rows.map((row) => orderKey(row, scoring.tieBreaks, input.weights));
        for (let i = 0; i < rows.length; i++) {
          if (i > 0) expect(firstDifference(keys[i - 1], keys[i])).toBeGreaterThanOrEqual(0);
          for (let j = 0; j < rows.length; j++) {
            const difference = firstDifference(keys[i], keys[j]);
            const [rankI, rankJ] = [rows[i].rank as number, rows[j].rank as number];
            if (difference === 0) expect(rankI).toBe(rankJ);
            else if (difference > 0) expect(rankI).toBeLessThan(rankJ);
          }
          expect(rows[i].rank).toBe(1 + keys.filter((key) => firstDifference(key, keys[i]) > 0).length);
        }
      }),
    );
  });

  it('a unit at least as good on every criterion and better on one is never ranked below', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const scoring = input.scoring as ScoringSettings;
        const rows = ranked(input).rows.filter((row) => row.rank !== null);
        const keys = rows.map((row) => orderKey(row, scoring.tieBreaks, input.weights));
        for (let i = 0; i < rows.length; i++) {
          for (let j = 0; j < rows.length; j++) {
            const signs = keys[i].map((part, level) => compare(part, keys[j][level]));
            if (signs.every((sign) => sign >= 0) && signs.some((sign) => sign > 0)) {
              expect(rows[i].rank as number).toBeLessThanOrEqual(rows[j].rank as number);
            }
          }
        }
      }),
    );
  });

  it('the decisive criterion is the first that differs from the row above, when the rounded scores are equal', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const scoring = input.scoring as ScoringSettings;
        const rows = ranked(input).rows;
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i];
          const above = rows[i - 1];
          if (row.rank === null || above === undefined || row.rank === above.rank) {
            expect(row.tieBreak).toBeNull();
            continue;
          }
          if (!scoringApplies(scoring)) {
            // Settings that change nothing rank on the unrounded score, as before them (see scoringApplies).
            expect(above.score as number).toBeGreaterThan(row.score as number);
            expect(row.tieBreak).toBeNull();
            continue;
          }
          const chain = scoring.tieBreaks;
          const difference = firstDifference(
            orderKey(above, chain, input.weights),
            orderKey(row, chain, input.weights),
          );
          expect(difference).toBeGreaterThan(0);
          expect(row.tieBreak).toBe(difference === 1 ? null : chain[difference - 2]);
        }
      }),
    );
  });

  it('movement compares with the ranking as of the previous period, ordered by the same rules', () => {
    fc.assert(
      fc.property(
        inputArb.filter((input) => input.asOfPeriod > 1),
        (input) => {
          const previous = new Map(
            ranked({ ...input, asOfPeriod: input.asOfPeriod - 1 }).rows.map((row) => [row.unitId, row.rank]),
          );
          for (const row of ranked(input).rows) {
            const previousRank = row.rank === null ? null : (previous.get(row.unitId) ?? null);
            expect(row.previousRank).toBe(previousRank);
            expect(row.movement).toBe(previousRank === null || row.rank === null ? null : previousRank - row.rank);
          }
        },
      ),
    );
  });

  it('counts and reports summed in SQL, with the latest week’s report, rank exactly as the reports themselves', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(rankAggregatedCohort(aggregated(input))).toEqual(rankCohort(input));
      }),
    );
  });

  it('the latest report is missing exactly when week p is past due and the unit sent nothing for it', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const pastDue = input.now.getTime() > PERIODS[input.asOfPeriod - 1].dueAt.getTime();
        const units = new Map(input.units.map((unit) => [unit.unitId, unit]));
        for (const row of ranked(input).rows) {
          const sent = units.get(row.unitId)?.submissions.some((submission) => submission.period === input.asOfPeriod);
          expect(row.latestReportMissing).toBe(pastDue && !sent);
        }
      }),
    );
  });
});
