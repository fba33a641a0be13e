import { Result, domainError, fail, ok } from '../result';
import { msg } from '../message';

/** Checks a target in percent: a finite number from 0 to 100 (decimals such as 62.5 are fine). */
export function validateTargetValue(value: number, field: string[] = ['value']): Result<number> {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) {
    return fail(
      domainError(
        'TARGET_OUT_OF_RANGE',
        msg(
          `The target ${String(value)} is not a percentage from 0 to 100.`,
          `Chỉ tiêu ${String(value)} không phải là tỷ lệ phần trăm từ 0 đến 100.`,
        ),
        field,
      ),
    );
  }
  return ok(value);
}

/** A target as an exact fraction of one: `t% = numerator / denominator`, both whole. */
export interface TargetFraction {
  numerator: bigint;
  denominator: bigint;
}

/**
 * The exact decimal value of a percentage as a fraction of one, read from its shortest decimal spelling
 * (62.5 → 625/1000), so that comparisons against counts carry no floating-point error.
 */
export function targetFraction(percent: number): TargetFraction {
  // percent → fraction of one is a further division by 100.
  return decimalFraction(percent, 2);
}

/**
 * The exact value of a finite number ≥ 0 as it is spelled in decimals (1.1 → 11/10, not the nearest binary
 * fraction), divided by 10^shift; reduced.
 */
export function decimalFraction(value: number, shift = 0): TargetFraction {
  const [mantissa, exponentText] = String(value).toLowerCase().split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const [whole, decimals = ''] = mantissa.split('.');
  let numerator = BigInt(whole + decimals);
  let scale = decimals.length - exponent + shift;
  if (scale < 0) {
    numerator *= 10n ** BigInt(-scale);
    scale = 0;
  }
  let denominator = 10n ** BigInt(scale);
  const divisor = gcd(numerator, denominator);
  numerator /= divisor;
  denominator /= divisor;
  return { numerator, denominator };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) {
    [x, y] = [y, x % y];
  }
  return x === 0n ? 1n : x;
}
