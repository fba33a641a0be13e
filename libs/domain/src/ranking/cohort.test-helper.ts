import { CA_MAU_SCHEDULE } from '../fixtures/ca-mau';
import { buildPeriods } from '../periods/build-periods';
import {
  AggregatedCohortUnit,
  AggregatedRankingInput,
  CohortUnit,
  CumulativeCounts,
  IndicatorSeries,
  RankingInput,
  ReportCounts,
  ReportSubmission,
} from './ranking-types';

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
export function simpleUnit(
  unitId: string,
  weeks: readonly (readonly [number, number])[],
  target: number | null = 30,
): CohortUnit {
  return {
    unitId,
    targets: { ONLINE_RESOLUTION: target },
    counts: { ONLINE_RESOLUTION: series(weeks) },
    submissions: submissions(weeks.map((_, i) => i + 1)),
  };
}

/** A ranking input over the Cà Mau periods with one indicator, as of `asOfPeriod`. */
export function simpleInput(
  units: CohortUnit[],
  asOfPeriod: number,
  overrides: Partial<RankingInput> = {},
): RankingInput {
  return { periods: PERIODS, asOfPeriod, now: AFTER_CAMPAIGN, indicators: ['ONLINE_RESOLUTION'], units, ...overrides };
}

/**
 * What SQL hands the API for a per-period input, summed the plain way (a loop per bound, no shared code with the
 * ranking): counts to p, to p − 1 and over the last 3 periods to p; each period's first report by timeliness, and
 * period p's (null: none).
 */
export function aggregated(input: RankingInput): AggregatedRankingInput {
  const p = input.asOfPeriod;
  const sum = (values: readonly number[] | undefined, from: number, to: number): number => {
    let total = 0;
    for (let period = from; period <= to; period++) total += values?.[period - 1] ?? 0;
    return total;
  };
  const units = input.units.map((unit): AggregatedCohortUnit => {
    const figures: Record<string, CumulativeCounts> = {};
    for (const [code, counts] of Object.entries(unit.counts)) {
      const { numerators, denominators } = counts;
      figures[code] = {
        numerator: sum(numerators, 1, p),
        denominator: sum(denominators, 1, p),
        previousNumerator: sum(numerators, 1, p - 1),
        previousDenominator: sum(denominators, 1, p - 1),
        paceNumerator: sum(numerators, Math.max(1, p - 2), p),
        paceDenominator: sum(denominators, Math.max(1, p - 2), p),
      };
    }
    const reports: ReportCounts = { onTime: 0, late: 0, submittedDue: 0, latest: null };
    for (let period = 1; period <= p; period++) {
      const times = unit.submissions
        .filter((submission) => submission.period === period)
        .map((submission) => submission.submittedAt.getTime());
      if (times.length === 0) continue;
      const dueAt = input.periods[period - 1].dueAt.getTime();
      const timeliness = Math.min(...times) <= dueAt ? 'ON_TIME' : 'LATE';
      if (timeliness === 'ON_TIME') reports.onTime++;
      else reports.late++;
      if (period === p) reports.latest = timeliness;
      if (input.now.getTime() > dueAt) reports.submittedDue++;
    }
    return { unitId: unit.unitId, targets: unit.targets, figures, reports };
  });
  return { ...input, units };
}
