import { DomainError, Result, domainError, fail, ok } from '../result';

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
        domainError('INVALID_WEIGHT', `The weight ${String(weight)} of indicator ${code} is not a number above 0.`, [
          'weights',
          code,
        ]),
      );
    }
  }
  return errors.length > 0 ? fail(errors) : ok(weights);
}
