import { validateCounts, validatePeriodIndex } from '../figures/counts';
import { validateWeights } from '../figures/score';
import { validateIndicatorCodes } from '../indicators/indicator-code';
import { DomainError, Result, domainError } from '../result';
import { DEFAULT_LEGEND, validateLegend } from './legend';
import { CohortUnit, IndicatorSeries, RankingInput } from './ranking-types';

/** Checks the campaign-wide parts of a ranking input (period, indicators, weights, legend); units are checked as read. */
export function validateRankingSettings(input: RankingInput): DomainError[] {
  const errors: DomainError[] = [];
  const collect = <T>(result: Result<T>): void => {
    if (!result.ok) errors.push(...result.errors);
  };
  collect(validatePeriodIndex(input.asOfPeriod, input.periods.length, ['asOfPeriod']));
  collect(validateIndicatorCodes(input.indicators));
  collect(validateWeights(input.weights ?? {}));
  collect(validateLegend(input.legend ?? DEFAULT_LEGEND));
  return errors;
}

/** The detailed errors of a series the fast check refused. */
export function seriesErrors(unitId: string, code: string, series: IndicatorSeries, periodCount: number): DomainError[] {
  const field = ['units', unitId, 'counts', code];
  const errors: DomainError[] = [];
  const length = Math.max(series.numerators.length, series.denominators.length);
  if (length > periodCount) {
    errors.push(
      domainError(
        'PERIOD_OUT_OF_RANGE',
        `Unit ${unitId} has ${code} counts for ${length} periods, but the campaign has ${periodCount}.`,
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
        domainError('INVALID_SUBMISSION_TIME', `A report of unit ${unit.unitId} has no valid submission time.`, [
          ...field,
          'submittedAt',
        ]),
      );
    }
  });
  return errors;
}
