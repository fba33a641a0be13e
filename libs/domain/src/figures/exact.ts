import { targetFraction } from '../targets/target-value';

/** An exact non-negative fraction with a denominator above 0 (a target, a weight, a share). */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

/**
 * A ratio of one prepared for exact comparison with counts: num / den as whole numbers, kept both as numbers (fast
 * path, when the products stay within 2^53; NaN when they cannot) and as BigInt (fallback).
 */
export interface ExactRatio {
  num: number;
  den: number;
  bigNum: bigint;
  bigDen: bigint;
}

/** A target prepared for exact comparison: t% = num / den. Floating-point rates are for display only. */
export interface ExactTarget extends ExactRatio {
  percent: number;
}

const MAX = Number.MAX_SAFE_INTEGER;
const BIG_MAX = BigInt(MAX);

/** Prepares a target (in percent, 0–100) for exact comparisons. */
export function exactTarget(percent: number): ExactTarget {
  return { percent, ...exactRatio(targetFraction(percent)) };
}

/** Prepares a fraction (denominator above 0) for exact comparisons with counts. */
export function exactRatio({ numerator, denominator }: Fraction): ExactRatio {
  const safe = numerator <= BIG_MAX && denominator <= BIG_MAX;
  return {
    num: safe ? Number(numerator) : NaN,
    den: safe ? Number(denominator) : NaN,
    bigNum: numerator,
    bigDen: denominator,
  };
}

/** The ratio times a factor, e.g. the rate F·t at which the full bonus is earned. */
export function scaledRatio(ratio: ExactRatio, factor: Fraction): ExactRatio {
  return exactRatio({ numerator: ratio.bigNum * factor.numerator, denominator: ratio.bigDen * factor.denominator });
}

/** The sign of N / D − ratio, exactly: −1 below, 0 equal, 1 above. D must be above 0. */
export function compareRate(numerator: number, denominator: number, ratio: ExactRatio): number {
  const left = numerator * ratio.den;
  const right = ratio.num * denominator;
  if (left <= MAX && right <= MAX) return left > right ? 1 : left < right ? -1 : 0;
  const bigLeft = BigInt(numerator) * ratio.bigDen;
  const bigRight = ratio.bigNum * BigInt(denominator);
  return bigLeft > bigRight ? 1 : bigLeft < bigRight ? -1 : 0;
}

/** The sign of a − b for fractions with denominators above 0, exactly. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left > right ? 1 : left < right ? -1 : 0;
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
