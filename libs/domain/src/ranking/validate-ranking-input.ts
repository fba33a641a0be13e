import { validateCounts, validatePeriodIndex } from '../figures/counts';
import type { Timeliness } from '../periods/timeliness';
import { validateWeights } from '../figures/score';
import { validateIndicatorCodes } from '../indicators/indicator-code';
import { DomainError, Result, domainError } from '../result';
import { DEFAULT_LEGEND, validateLegend } from './legend';
import { AggregatedCohortUnit, CohortUnit, CumulativeCounts, IndicatorSeries, RankingInput } from './ranking-types';
import { validateScoringSettings } from './scoring-settings';
import { msg } from '../message';

/**
 * Checks the campaign-wide parts of a ranking input (period, indicators, weights, legend, scoring); units are checked
 * as read.
 */
export function validateRankingSettings(input: Omit<RankingInput, 'units'>): DomainError[] {
  const errors: DomainError[] = [];
  const collect = <T>(result: Result<T>): void => {
    if (!result.ok) errors.push(...result.errors);
  };
  collect(validatePeriodIndex(input.asOfPeriod, input.periods.length, ['asOfPeriod']));
  collect(validateIndicatorCodes(input.indicators));
  collect(validateWeights(input.weights ?? {}));
  collect(validateLegend(input.legend ?? DEFAULT_LEGEND));
  if (input.scoring !== undefined) errors.push(...validateScoringSettings(input.scoring));
  return errors;
}

/** The detailed errors of a series the fast check refused. */
export function seriesErrors(
  unitId: string,
  code: string,
  series: IndicatorSeries,
  periodCount: number,
): DomainError[] {
  const field = ['units', unitId, 'counts', code];
  const errors: DomainError[] = [];
  const length = Math.max(series.numerators.length, series.denominators.length);
  if (length > periodCount) {
    errors.push(
      domainError(
        'PERIOD_OUT_OF_RANGE',
        msg(
          `Unit ${unitId} has ${code} counts for ${length} periods, but the campaign has ${periodCount}.`,
          `Đơn vị ${unitId} có số liệu ${code} cho ${length} kỳ báo cáo, nhưng chiến dịch chỉ có ${periodCount} kỳ.`,
        ),
        field,
      ),
    );
  }
  for (let i = 0; i < Math.min(length, periodCount); i++) {
    const checked = validateCounts(series.numerators[i] ?? 0, series.denominators[i] ?? 0, [...field, String(i + 1)]);
    if (!checked.ok) errors.push(...checked.errors);
  }
  return errors;
}

/** The errors of a unit's submissions: periods in range and real instants. */
export function submissionErrors(unit: CohortUnit, periodCount: number): DomainError[] {
  const errors: DomainError[] = [];
  unit.submissions.forEach((submission, i) => {
    const field = ['units', unit.unitId, 'submissions', String(i)];
    const period = validatePeriodIndex(submission.period, periodCount, [...field, 'period']);
    if (!period.ok) errors.push(...period.errors);
    if (!(submission.submittedAt instanceof Date) || Number.isNaN(submission.submittedAt.getTime())) {
      errors.push(
        domainError(
          'INVALID_SUBMISSION_TIME',
          msg(
            `A report of unit ${unit.unitId} has no valid submission time.`,
            `Một báo cáo của đơn vị ${unit.unitId} không có thời điểm nộp hợp lệ.`,
          ),
          [...field, 'submittedAt'],
        ),
      );
    }
  });
  return errors;
}

/**
 * The errors of one indicator's cumulative counts: each pair valid counts, and the sums to p − 1 and over the pace
 * window not above those to p (that would leave some period with negative counts).
 */
export function cumulativeErrors(unitId: string, code: string, figures: CumulativeCounts): DomainError[] {
  const field = ['units', unitId, 'figures', code];
  const errors: DomainError[] = [];
  const pairs = [
    ['asOf', figures.numerator, figures.denominator],
    ['previous', figures.previousNumerator, figures.previousDenominator],
    ['pace', figures.paceNumerator, figures.paceDenominator],
  ] as const;
  for (const [name, numerator, denominator] of pairs) {
    const checked = validateCounts(numerator, denominator, [...field, name]);
    if (!checked.ok) errors.push(...checked.errors);
  }
  if (errors.length > 0) return errors;
  for (const [name, numerator, denominator] of pairs.slice(1)) {
    if (numerator > figures.numerator || denominator > figures.denominator) {
      errors.push(
        domainError(
          'NEGATIVE_COUNT',
          msg(
            `Unit ${unitId} has more ${code} dossiers in its ${name} sums than in all periods to the ranking's; some period would count negative dossiers.`,
            `Đơn vị ${unitId} có tổng số hồ sơ ${code} (${name}) nhiều hơn tổng của mọi kỳ đến kỳ xếp hạng; sẽ có kỳ báo cáo mang số hồ sơ âm.`,
          ),
          [...field, name],
        ),
      );
    }
  }
  return errors;
}

/**
 * The errors of a unit's counted reports: whole numbers from 0, at most one report per period 1..asOf, and per due
 * period; period p's report (`latest`) agreeing with them, and given when the campaign has scoring settings.
 */
export function reportCountErrors(
  unit: AggregatedCohortUnit,
  asOf: number,
  due: number,
  pastDue: boolean,
  latestRequired: boolean,
): DomainError[] {
  const field = ['units', unit.unitId, 'reports'];
  const errors: DomainError[] = [];
  const { onTime, late, submittedDue, latest } = unit.reports;
  for (const [name, value] of [
    ['onTime', onTime],
    ['late', late],
    ['submittedDue', submittedDue],
  ] as const) {
    if (!Number.isSafeInteger(value)) {
      errors.push(
        domainError(
          'FRACTIONAL_COUNT',
          msg(
            `Unit ${unit.unitId} has ${String(value)} ${name} reports, not a whole number.`,
            `Đơn vị ${unit.unitId} có ${String(value)} báo cáo ${name}, không phải số nguyên.`,
          ),
          [...field, name],
        ),
      );
    } else if (value < 0) {
      errors.push(
        domainError(
          'NEGATIVE_COUNT',
          msg(
            `Unit ${unit.unitId} has ${value} ${name} reports.`,
            `Đơn vị ${unit.unitId} có ${value} báo cáo ${name}.`,
          ),
          [...field, name],
        ),
      );
    }
  }
  if (latest === undefined && latestRequired) {
    errors.push(
      domainError(
        'REQUIRED',
        msg(
          `Unit ${unit.unitId} needs its latest period's report (or null) for the campaign's scoring settings.`,
          `Đơn vị ${unit.unitId} cần báo cáo của kỳ gần nhất (hoặc null) để áp dụng cách tính điểm của chiến dịch.`,
        ),
        [...field, 'latest'],
      ),
    );
  }
  if (errors.length > 0) return errors;
  if (onTime + late > asOf) {
    errors.push(
      domainError(
        'PERIOD_OUT_OF_RANGE',
        msg(
          `Unit ${unit.unitId} has ${onTime + late} reports for the ${asOf} periods to the ranking's.`,
          `Đơn vị ${unit.unitId} có ${onTime + late} báo cáo cho ${asOf} kỳ báo cáo tính đến kỳ xếp hạng.`,
        ),
        field,
      ),
    );
  }
  if (submittedDue > Math.min(due, onTime + late)) {
    errors.push(
      domainError(
        'PERIOD_OUT_OF_RANGE',
        msg(
          `Unit ${unit.unitId} has ${submittedDue} reports for past-due periods, but only ${Math.min(due, onTime + late)} can be.`,
          `Đơn vị ${unit.unitId} có ${submittedDue} báo cáo cho các kỳ đã quá hạn, nhưng tối đa chỉ có thể là ${Math.min(due, onTime + late)}.`,
        ),
        [...field, 'submittedDue'],
      ),
    );
  }
  if (!latestFits(latest, onTime, late, submittedDue, due, pastDue)) {
    errors.push(
      domainError(
        'PERIOD_OUT_OF_RANGE',
        msg(
          `Unit ${unit.unitId}'s report for period ${asOf} (${String(latest)}) does not agree with its counted reports.`,
          `Báo cáo kỳ ${asOf} của đơn vị ${unit.unitId} (${String(latest)}) không khớp với số báo cáo đã đếm.`,
        ),
        [...field, 'latest'],
      ),
    );
  }
  return errors;
}

/**
 * Period p's report agrees with the counts: one of its kind counted, and counted among the past-due ones when p is
 * past due (or, without one, some past-due period left without a report). Left out, it fits anything.
 */
export function latestFits(
  latest: Timeliness | null | undefined,
  onTime: number,
  late: number,
  submittedDue: number,
  due: number,
  pastDue: boolean,
): boolean {
  if (latest === undefined) return true;
  if (latest === null) return !pastDue || submittedDue < due;
  if (latest === 'ON_TIME' ? onTime < 1 : latest === 'LATE' ? late < 1 : true) return false;
  return !pastDue || submittedDue >= 1;
}
