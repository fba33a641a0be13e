import { targetFraction } from '../targets/target-value';

/**
 * A target prepared for exact comparison with counts: t% = num / den as whole numbers, kept both as numbers (fast
 * path, when the products stay within 2^53) and as BigInt (fallback). Floating-point rates are for display only.
 */
export interface ExactTarget {
  percent: number;
  num: number;
  den: number;
  bigNum: bigint;
  bigDen: bigint;
}

const MAX = Number.MAX_SAFE_INTEGER;
const BIG_MAX = BigInt(MAX);

/** Prepares a target (in percent, 0–100) for exact comparisons. */
export function exactTarget(percent: number): ExactTarget {
  const { numerator, denominator } = targetFraction(percent);
  const safe = numerator <= BIG_MAX && denominator <= BIG_MAX;
  return {
    percent,
    num: safe ? Number(numerator) : NaN,
    den: safe ? Number(denominator) : NaN,
    bigNum: numerator,
    bigDen: denominator,
  };
}

/** N / D ≥ t, exactly (N·den ≥ num·D). D must be above 0. */
export function meetsTarget(numerator: number, denominator: number, target: ExactTarget): boolean {
  const left = numerator * target.den;
  const right = target.num * denominator;
  if (left <= MAX && right <= MAX) return left >= right;
  return BigInt(numerator) * target.bigDen >= target.bigNum * BigInt(denominator);
}

/** ⌈t·D − N⌉: how many more of the D dossiers would have had to qualify to meet t; 0 when already met. */
export function shortfallOf(numerator: number, denominator: number, target: ExactTarget): number {
  const left = numerator * target.den;
  const right = target.num * denominator;
  if (left <= MAX && right <= MAX) {
    if (left >= right) return 0;
    const gap = right - left;
    const remainder = gap % target.den;
    return (gap - remainder) / target.den + (remainder > 0 ? 1 : 0);
  }
  const gap = target.bigNum * BigInt(denominator) - BigInt(numerator) * target.bigDen;
  if (gap <= 0n) return 0;
  return Number((gap + target.bigDen - 1n) / target.bigDen);
}

/** The rate N / D in percent, rounded half up to `decimals` places with integer arithmetic; null when D = 0. */
export function roundedRate(numerator: number, denominator: number, decimals = 2): number | null {
  if (denominator === 0) return null;
  const scale = 10n ** BigInt(decimals);
  const doubled = 2n * BigInt(numerator) * 100n * scale + BigInt(denominator);
  const rounded = doubled / (2n * BigInt(denominator));
  return Number(rounded) / Number(scale);
}
