import fc from 'fast-check';
import { buildFacts } from '../rules/facts';
import { PERIODS, AFTER_CAMPAIGN, aggregated } from './cohort.test-helper';
import { rankAggregatedCohort, rankCohort } from './rank-cohort';
import { CohortUnit, IndicatorSeries, Ranking, RankingInput, ReportSubmission } from './ranking-types';

const CODES = ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT'];

const weekArb = fc.integer({ min: 0, max: 500 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d)));
const seriesArb: fc.Arbitrary<IndicatorSeries> = fc
  .array(weekArb, { maxLength: PERIODS.length })
  .map((weeks) => ({ numerators: weeks.map((w) => w[0]), denominators: weeks.map((w) => w[1]) }));
const targetArb = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 10000 }).map((basisPoints) => basisPoints / 100),
);
const submissionArb: fc.Arbitrary<ReportSubmission> = fc.record({
  period: fc.integer({ min: 1, max: PERIODS.length }),
  submittedAt: fc
    .integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 })
    .map((offset) => new Date(PERIODS[0].dueAt.getTime() + offset)),
});
const unitArb = (unitId: string): fc.Arbitrary<CohortUnit> =>
  fc.record({
    unitId: fc.constant(unitId),
    targets: fc.record({ ONLINE_RESOLUTION: targetArb, DIGITIZATION: targetArb, ONLINE_PAYMENT: targetArb }),
    counts: fc.record(
      { ONLINE_RESOLUTION: seriesArb, DIGITIZATION: seriesArb, ONLINE_PAYMENT: seriesArb },
      { requiredKeys: [] },
    ),
    submissions: fc.array(submissionArb, { maxLength: 15 }),
  });
const cohortArb = fc
  .integer({ min: 0, max: 25 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, i) => unitArb(`U${String(i).padStart(2, '0')}`))));
const inputArb: fc.Arbitrary<RankingInput> = fc.record({
  periods: fc.constant(PERIODS),
  asOfPeriod: fc.integer({ min: 1, max: PERIODS.length }),
  now: fc.constant(AFTER_CAMPAIGN),
  indicators: fc.constant(CODES),
  weights: fc.record({
    ONLINE_RESOLUTION: fc.integer({ min: 1, max: 5 }),
    DIGITIZATION: fc.integer({ min: 1, max: 5 }),
  }),
  units: cohortArb,
});

function ranked(input: RankingInput): Ranking {
  const result = rankCohort(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('ranking properties', () => {
  it('rank order follows score order: higher score, better rank; equal scores, equal rank; rank = 1 + units above', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const rows = ranked(input).rows.filter((row) => row.rank !== null);
        for (const row of rows) {
          const above = rows.filter((other) => (other.score as number) > (row.score as number)).length;
          expect(row.rank).toBe(above + 1);
        }
        for (let i = 1; i < rows.length; i++) {
          expect(rows[i - 1].score as number).toBeGreaterThanOrEqual(rows[i].score as number);
        }
      }),
    );
  });

  it('score within [0, 100], achievement within [0, 1], unranked exactly when there is no score, and listed last', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const ranking = ranked(input);
        let seenUnranked = false;
        for (const row of ranking.rows) {
          expect(row.rank === null).toBe(row.score === null);
          if (row.score === null) seenUnranked = true;
          else {
            expect(seenUnranked).toBe(false);
            expect(row.score).toBeGreaterThanOrEqual(0);
            expect(row.score).toBeLessThanOrEqual(100);
          }
          for (const indicator of row.indicators) {
            if (indicator.achievement === null) continue;
            expect(indicator.achievement).toBeGreaterThanOrEqual(0);
            expect(indicator.achievement).toBeLessThanOrEqual(1);
            if (indicator.met) expect(indicator.achievement).toBe(1);
          }
        }
        expect(ranking.cohortSize).toBe(ranking.rows.filter((row) => row.rank !== null).length);
      }),
    );
  });

  it('cumulated counts and counted reports (as SQL sums them) rank exactly as the per-period counts, at any time', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: PERIODS.length }), (input, dueBefore) => {
        const now = dueBefore === PERIODS.length ? AFTER_CAMPAIGN : new Date(PERIODS[dueBefore].dueAt.getTime() - 1);
        const at = { ...input, now };
        const summed = rankAggregatedCohort(aggregated(at));
        expect(summed.ok && summed.value).toEqual(ranked(at));
      }),
    );
  });

  it("a unit's facts do not depend on the order of its reports", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (input, seed) => {
        const shuffled = {
          ...input,
          units: input.units.map((unit) => ({ ...unit, submissions: shuffle(unit.submissions, seed) })),
        };
        const before = ranked(input);
        const after = ranked(shuffled);
        const facts = (ranking: Ranking) =>
          ranking.rows.map((row) => [row.unitId, buildFacts(row, ranking.cohortSize)]);
        expect(facts(after)).toEqual(facts(before));
      }),
    );
  });
});

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
