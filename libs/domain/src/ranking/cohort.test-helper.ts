import { CA_MAU_SCHEDULE } from '../fixtures/ca-mau';
import { buildPeriods } from '../periods/build-periods';
import { CohortUnit, IndicatorSeries, RankingInput, ReportSubmission } from './ranking-types';

/** The Cà Mau periods, shared by the ranking scenarios. */
export const PERIODS = buildPeriods(CA_MAU_SCHEDULE);

/** After every Cà Mau due instant. */
export const AFTER_CAMPAIGN = new Date('2023-06-01T00:00:00Z');

/** One indicator's weekly counts as [numerator, denominator] pairs, period 1 first. */
export function series(weeks: readonly (readonly [number, number])[]): IndicatorSeries {
  return { numerators: weeks.map((week) => week[0]), denominators: weeks.map((week) => week[1]) };
}

/** Submissions for the given periods, each `offsetMs` from its due instant (negative: early). */
export function submissions(periods: readonly number[], offsetMs = -3_600_000): ReportSubmission[] {
  return periods.map((period) => ({ period, submittedAt: new Date(PERIODS[period - 1].dueAt.getTime() + offsetMs) }));
}

/** A unit with a single indicator ONLINE_RESOLUTION at target 30 and on-time reports for the weeks given. */
export function simpleUnit(unitId: string, weeks: readonly (readonly [number, number])[], target: number | null = 30): CohortUnit {
  return {
    unitId,
    targets: { ONLINE_RESOLUTION: target },
    counts: { ONLINE_RESOLUTION: series(weeks) },
    submissions: submissions(weeks.map((_, i) => i + 1)),
  };
}

/** A ranking input over the Cà Mau periods with one indicator, as of `asOfPeriod`. */
export function simpleInput(units: CohortUnit[], asOfPeriod: number, overrides: Partial<RankingInput> = {}): RankingInput {
  return { periods: PERIODS, asOfPeriod, now: AFTER_CAMPAIGN, indicators: ['ONLINE_RESOLUTION'], units, ...overrides };
}
