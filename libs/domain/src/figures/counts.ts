import { DomainError, Result, domainError, fail, ok } from '../result';
import { msg } from '../message';

/** Dossier counts of one indicator: those that qualify (numerator) out of those in scope (denominator). */
export interface Counts {
  numerator: number;
  denominator: number;
}

/** No dossiers at all. */
export const ZERO_COUNTS: Readonly<Counts> = Object.freeze({ numerator: 0, denominator: 0 });

/**
 * The most dossiers one report value may count — one unit, one period, one indicator: 1.000.000.000. Cà Mau
 * receives a few hundred thousand dossiers a year and the whole country some tens of millions, so a real week of
 * one unit stays orders of magnitude below it. It keeps a stored value a 32-bit integer, and the sums a ranking
 * adds up exact: they stay below 2⁵³ while units × periods stay below 9 million.
 */
export const MAX_REPORTED_COUNT = 1_000_000_000;

/** MAX_REPORTED_COUNT as the messages write it, thousands grouped the Vietnamese way: 1.000.000.000. */
const MAX_REPORTED_TEXT = String(MAX_REPORTED_COUNT).replace(/\B(?=(\d{3})+$)/g, '.');

type CountName = 'numerator' | 'denominator';

/** The counts' names in the Vietnamese messages (docs/glossary.md). */
const COUNT_NAMES_VI: Readonly<Record<CountName, string>> = { numerator: 'Số đạt', denominator: 'Tổng số' };

/** A whole number of dossiers, at least 0. */
function wholeCountErrors(value: number, name: CountName, path: string[]): DomainError[] {
  if (typeof value !== 'number' || !Number.isFinite(value) || !Number.isInteger(value)) {
    return [
      domainError(
        'FRACTIONAL_COUNT',
        msg(
          `The ${name} ${String(value)} is not a whole number of dossiers.`,
          `${COUNT_NAMES_VI[name]} ${String(value)} không phải là số hồ sơ nguyên.`,
        ),
        path,
      ),
    ];
  }
  if (value < 0) {
    return [
      domainError(
        'NEGATIVE_COUNT',
        msg(
          `The ${name} ${value} is negative; dossier counts start at 0.`,
          `${COUNT_NAMES_VI[name]} ${value} là số âm; số hồ sơ bắt đầu từ 0.`,
        ),
        path,
      ),
    ];
  }
  return [];
}

/** A sum of counts: whole, at least 0, and below 2⁵³ so that it is exact. */
function summedCountErrors(value: number, name: CountName, field: string[]): DomainError[] {
  const path = [...field, name];
  const whole = wholeCountErrors(value, name, path);
  if (whole.length > 0 || Number.isSafeInteger(value)) return whole;
  return [
    domainError(
      'COUNT_TOO_LARGE',
      msg(
        `The ${name} ${value} is too large to be counted exactly.`,
        `${COUNT_NAMES_VI[name]} ${value} quá lớn để đếm chính xác.`,
      ),
      path,
    ),
  ];
}

/** One count as a report gives it: whole, from 0 to MAX_REPORTED_COUNT. */
export function reportedCountErrors(value: number, name: CountName, field: string[] = []): DomainError[] {
  const path = [...field, name];
  const whole = wholeCountErrors(value, name, path);
  if (whole.length > 0 || value <= MAX_REPORTED_COUNT) return whole;
  return [
    domainError(
      'COUNT_OUT_OF_RANGE',
      msg(
        `The ${name} ${String(value)} is above ${MAX_REPORTED_TEXT}, the most dossiers one report value may count.`,
        `${COUNT_NAMES_VI[name]} ${String(value)} vượt quá ${MAX_REPORTED_TEXT}, số hồ sơ tối đa của một giá trị báo cáo.`,
      ),
      path,
    ),
  ];
}

/** Both counts valid on their own, then the numerator not above the denominator. */
function pairOf(numerator: number, denominator: number, field: string[], errors: DomainError[]): Result<Counts> {
  if (errors.length === 0 && numerator > denominator) {
    errors.push(
      domainError(
        'NUMERATOR_ABOVE_DENOMINATOR',
        msg(
          `The numerator ${numerator} is above the denominator ${denominator}; qualifying dossiers cannot outnumber the dossiers in scope.`,
          `Số đạt ${numerator} lớn hơn tổng số ${denominator}; số hồ sơ đạt không thể nhiều hơn tổng số hồ sơ.`,
        ),
        [...field, 'numerator'],
      ),
    );
  }
  return errors.length > 0 ? fail(errors) : ok({ numerator, denominator });
}

/**
 * Checks counts summed over periods or units: whole numbers, at least 0, below 2⁵³ (so that every comparison is
 * exact), and the numerator not above the denominator.
 */
export function validateCounts(numerator: number, denominator: number, field: string[] = []): Result<Counts> {
  const errors = [
    ...summedCountErrors(numerator, 'numerator', field),
    ...summedCountErrors(denominator, 'denominator', field),
  ];
  return pairOf(numerator, denominator, field, errors);
}

/**
 * Checks one report value — one unit's counts of one indicator for one period: whole numbers from 0 to
 * MAX_REPORTED_COUNT, the numerator not above the denominator. The API and the web form apply this one rule.
 */
export function validateReportedCounts(numerator: number, denominator: number, field: string[] = []): Result<Counts> {
  const errors = [
    ...reportedCountErrors(numerator, 'numerator', field),
    ...reportedCountErrors(denominator, 'denominator', field),
  ];
  return pairOf(numerator, denominator, field, errors);
}

/** Checks a 1-based period index against the number of periods. */
export function validatePeriodIndex(index: number, periodCount: number, field: string[] = ['period']): Result<number> {
  if (!Number.isInteger(index) || index < 1 || index > periodCount) {
    return fail(
      domainError(
        'PERIOD_OUT_OF_RANGE',
        msg(
          `Period ${String(index)} is not one of the campaign's periods 1 to ${periodCount}.`,
          `Kỳ ${String(index)} không thuộc các kỳ báo cáo của chiến dịch (từ 1 đến ${periodCount}).`,
        ),
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
