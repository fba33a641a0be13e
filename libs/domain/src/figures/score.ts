import { DomainError, Result, domainError, fail, ok } from '../result';
import { msg } from '../message';

/** An indicator's part in a score: its weight and its achievement (null when it has no data or no target). */
export interface ScorePart {
  weight: number;
  achievement: number | null;
}

/** S = 100 · Σ wᵢ·aᵢ ÷ Σ wᵢ over the indicators with data and a target; null when there is none. */
export function weightedScore(parts: readonly ScorePart[]): number | null {
  let weighted = 0;
  let total = 0;
  for (const part of parts) {
    if (part.achievement === null) continue;
    weighted += part.weight * part.achievement;
    total += part.weight;
  }
  return total > 0 ? (100 * weighted) / total : null;
}

/** Checks indicator weights: each a finite number above 0 (default weights are equal, e.g. all 1). */
export function validateWeights(weights: Readonly<Record<string, number>>): Result<Readonly<Record<string, number>>> {
  const errors: DomainError[] = [];
  for (const [code, weight] of Object.entries(weights)) {
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight <= 0) {
      errors.push(
        domainError(
          'INVALID_WEIGHT',
          msg(
            `The weight ${String(weight)} of indicator ${code} is not a number above 0.`,
            `Trọng số ${String(weight)} của chỉ số ${code} không phải là số lớn hơn 0.`,
          ),
          ['weights', code],
        ),
      );
    }
  }
  return errors.length > 0 ? fail(errors) : ok(weights);
}

/**
 * A score rounded half up to two decimals, in hundredths (87.125 → 8713): the value people see, rounded from the
 * number's exact value as `toFixed(2)` and `Intl.NumberFormat` round it. Scores are 0 or more.
 */
export function scoreHundredths(score: number): number {
  const scaled = score * 100;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  // score · 100 may be off by a rounding error (below 1e-11 for scores up to 1.000): only a value that close to a
  // half can round otherwise than its exact value does, and those go through the exact decimal spelling.
  if (Math.abs(fraction - 0.5) > 1e-9) return fraction > 0.5 ? floor + 1 : floor;
  return Math.round(Number(score.toFixed(2)) * 100);
}

/** A score rounded half up to two decimals as shown: 87.125 → 87.13. */
export function roundScore(score: number): number {
  return scoreHundredths(score) / 100;
}
