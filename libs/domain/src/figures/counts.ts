import { DomainError, Result, domainError, fail, ok } from '../result';

/** Dossier counts of one indicator: those that qualify (numerator) out of those in scope (denominator). */
export interface Counts {
  numerator: number;
  denominator: number;
}

/** No dossiers at all. */
export const ZERO_COUNTS: Readonly<Counts> = Object.freeze({ numerator: 0, denominator: 0 });

function countErrors(value: number, name: 'numerator' | 'denominator', field: string[]): DomainError[] {
  const path = [...field, name];
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value)) {
    return [domainError('FRACTIONAL_COUNT', `The ${name} ${String(value)} is not a whole number of dossiers.`, path)];
  }
  if (value < 0) {
    return [domainError('NEGATIVE_COUNT', `The ${name} ${value} is negative; dossier counts start at 0.`, path)];
  }
  if (!Number.isSafeInteger(value)) {
    return [domainError('COUNT_TOO_LARGE', `The ${name} ${value} is too large to be counted exactly.`, path)];
  }
  return [];
}

/** Checks one period's counts: whole numbers, at least 0, and the numerator not above the denominator. */
export function validateCounts(numerator: number, denominator: number, field: string[] = []): Result<Counts> {
  const errors = [...countErrors(numerator, 'numerator', field), ...countErrors(denominator, 'denominator', field)];
  if (errors.length === 0 && numerator > denominator) {
    errors.push(
      domainError(
        'NUMERATOR_ABOVE_DENOMINATOR',
        `The numerator ${numerator} is above the denominator ${denominator}; qualifying dossiers cannot outnumber the dossiers in scope.`,
        [...field, 'numerator'],
      ),
    );
  }
  return errors.length > 0 ? fail(errors) : ok({ numerator, denominator });
}

/** Checks a 1-based period index against the number of periods. */
export function validatePeriodIndex(index: number, periodCount: number, field: string[] = ['period']): Result<number> {
  if (!Number.isInteger(index) || index < 1 || index > periodCount) {
    return fail(
      domainError(
        'PERIOD_OUT_OF_RANGE',
        `Period ${String(index)} is not one of the campaign's periods 1 to ${periodCount}.`,
        field,
      ),
    );
  }
  return ok(index);
}

/** Adds counts up; figures for a level or the whole campaign are sums of counts, never averages of rates. */
export function sumCounts(counts: Iterable<Counts>): Counts {
  let numerator = 0;
  let denominator = 0;
  for (const item of counts) {
    numerator += item.numerator;
    denominator += item.denominator;
  }
  return { numerator, denominator };
}

/** N = Σn and D = Σd over periods 1..asOf; `perPeriod[0]` is period 1, and an absent period counts as zero. */
export function cumulativeCounts(perPeriod: readonly (Counts | null | undefined)[], asOf: number): Counts {
  let numerator = 0;
  let denominator = 0;
  const last = Math.min(asOf, perPeriod.length);
  for (let i = 0; i < last; i++) {
    const item = perPeriod[i];
    if (item) {
      numerator += item.numerator;
      denominator += item.denominator;
    }
  }
  return { numerator, denominator };
}
