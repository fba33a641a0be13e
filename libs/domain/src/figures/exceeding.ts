import { ExactRatio, ExactTarget, Fraction, compareRate } from './exact';

/**
 * eᵢ = clamp((r ÷ t − 1) ÷ (F − 1), 0, 1): how much of its bonus share an indicator earns by exceeding its target,
 * all of it from r = F·t on (`fullBonus`, F = `fullAt`). Exactly 0 at or below the target and for t = 0, exactly 1
 * from F·t on, both bounds compared exactly; in between, a floating-point ratio. D must be above 0.
 */
export function exceedingOf(
  numerator: number,
  denominator: number,
  target: ExactTarget,
  fullBonus: ExactRatio,
  fullAt: number,
): number {
  if (target.percent === 0 || compareRate(numerator, denominator, target) <= 0) return 0;
  if (compareRate(numerator, denominator, fullBonus) >= 0) return 1;
  const ratio = (100 * numerator) / (denominator * target.percent);
  return Math.min(Math.max((ratio - 1) / (fullAt - 1), 0), 1);
}

/** One indicator's part in the uncapped achievement: cumulative counts (D above 0), a target above 0, a weight. */
export interface UncappedPart {
  numerator: number;
  denominator: number;
  target: ExactTarget;
  weight: Fraction;
}

/**
 * Σ wᵢ·(r ÷ t) ÷ Σ wᵢ as an exact fraction, for comparing units whose floating-point values are too close to tell
 * apart; null without parts. r ÷ t = N·den ÷ (D·num) for t = num ÷ den.
 */
export function uncappedAchievementFraction(parts: readonly UncappedPart[]): Fraction | null {
  if (parts.length === 0) return null;
  let numerator = 0n;
  let denominator = 1n;
  let weightNumerator = 0n;
  let weightDenominator = 1n;
  for (const part of parts) {
    const { weight, target } = part;
    // w · r ÷ t = (wn · N · den) ÷ (wd · D · num), added to numerator ÷ denominator.
    const termNumerator = weight.numerator * BigInt(part.numerator) * target.bigDen;
    const termDenominator = weight.denominator * BigInt(part.denominator) * target.bigNum;
    numerator = numerator * termDenominator + termNumerator * denominator;
    denominator *= termDenominator;
    weightNumerator = weightNumerator * weight.denominator + weight.numerator * weightDenominator;
    weightDenominator *= weight.denominator;
  }
  return { numerator: numerator * weightDenominator, denominator: denominator * weightNumerator };
}
