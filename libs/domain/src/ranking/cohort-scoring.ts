import { ExactRatio, ExactTarget, Fraction, scaledRatio } from '../figures/exact';
import { exceedingOf } from '../figures/exceeding';
import { scoreHundredths } from '../figures/score';
import { decimalFraction } from '../targets/target-value';
import { CohortContext } from './cohort-context';
import { RankingRow } from './ranking-types';
import { ScoringSettings } from './scoring-settings';

/**
 * What the scoring pass needs beyond the rows, filled by unitRow: per unit i and indicator k (at i·K + k) the counts
 * to p and to p − 1 and the prepared target; per unit the report tally to p − 1.
 */
export interface ScoringBoard {
  numerators: Float64Array;
  denominators: Float64Array;
  previousNumerators: Float64Array;
  previousDenominators: Float64Array;
  targets: (ExactTarget | null)[];
  previousOnTime: Float64Array;
  previousLate: Float64Array;
  previousMissing: Float64Array;
}

/** A board for `count` units of a campaign with `indicatorCount` indicators. */
export function createBoard(count: number, indicatorCount: number): ScoringBoard {
  const cells = count * indicatorCount;
  return {
    numerators: new Float64Array(cells),
    denominators: new Float64Array(cells),
    previousNumerators: new Float64Array(cells),
    previousDenominators: new Float64Array(cells),
    targets: new Array<ExactTarget | null>(cells).fill(null),
    previousOnTime: new Float64Array(count),
    previousLate: new Float64Array(count),
    previousMissing: new Float64Array(count),
  };
}

/**
 * Where every unit stands as of one period, by what the order reads: the final score rounded to hundredths (NaN:
 * unranked), then the tie-break criteria. Counts and targets are kept for comparing uncapped achievements exactly.
 */
export interface Standings {
  hundredths: Float64Array;
  /** Σ wᵢ·(r ÷ t) ÷ Σ wᵢ in floating point; 1 without an indicator with data and a target above 0. */
  uncapped: Float64Array;
  onTime: Float64Array;
  /** Periods due, the same for the whole cohort. */
  due: number;
  missing: Float64Array;
  volume: Float64Array;
  numerators: Float64Array;
  denominators: Float64Array;
  targets: readonly (ExactTarget | null)[];
  indicatorCount: number;
  /** The campaign's weights as exact decimal fractions. */
  weights: readonly Fraction[];
}

/**
 * Applies bonus and penalties as of p (and p − 1): each scored row gets baseScore, bonusPoints, penaltyPoints and its
 * final score, which also replaces `scores[i]` and `previousScores[i]`. Returns the standings the order reads.
 */
export function scoreCohort(
  rows: RankingRow[],
  board: ScoringBoard,
  context: CohortContext,
  scoring: ScoringSettings,
  scores: Float64Array,
  previousScores: Float64Array,
): { current: Standings; previous: Standings | null } {
  const count = rows.length;
  const { asOf, due } = context;
  const previousDue = due - (context.nowTime > context.dueTimes[asOf - 1] ? 1 : 0);
  const current = standings(count, due, board.numerators, board.denominators, board, context);
  const previous =
    asOf > 1
      ? standings(count, previousDue, board.previousNumerators, board.previousDenominators, board, context)
      : null;
  const bonus = bonusRule(scoring);
  for (let i = 0; i < count; i++) {
    const row = rows[i];
    const { late, missing } = row.reports;
    current.onTime[i] = row.reports.onTime;
    current.missing[i] = missing;
    const base = row.score;
    if (base !== null) {
      const bonusPoints = bonus === null ? 0 : bonusOf(bonus, i, current, context.weights);
      const penaltyPoints = penaltyOf(scoring, late, missing);
      const score = Math.max(0, base + bonusPoints - penaltyPoints);
      row.bonusPoints = bonusPoints;
      row.penaltyPoints = penaltyPoints;
      row.score = score;
      scores[i] = score;
      current.hundredths[i] = scoreHundredths(score);
    }
    if (previous === null) continue;
    previous.onTime[i] = board.previousOnTime[i];
    previous.missing[i] = board.previousMissing[i];
    const previousBase = previousScores[i];
    if (Number.isNaN(previousBase)) continue;
    const previousBonus = bonus === null ? 0 : bonusOf(bonus, i, previous, context.weights);
    const previousPenalty = penaltyOf(scoring, board.previousLate[i], board.previousMissing[i]);
    const previousScore = Math.max(0, previousBase + previousBonus - previousPenalty);
    previousScores[i] = previousScore;
    previous.hundredths[i] = scoreHundredths(previousScore);
  }
  return { current, previous };
}

/** Standings with the counts of one period: uncapped achievement and volume from them, the rest filled in later. */
function standings(
  count: number,
  due: number,
  numerators: Float64Array,
  denominators: Float64Array,
  board: ScoringBoard,
  context: CohortContext,
): Standings {
  const { weights } = context;
  const indicatorCount = weights.length;
  const uncapped = new Float64Array(count);
  const volume = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let weighted = 0;
    let weightTotal = 0;
    let dossiers = 0;
    for (let k = 0, at = i * indicatorCount; k < indicatorCount; k++, at++) {
      const denominator = denominators[at];
      dossiers += denominator;
      const target = board.targets[at];
      if (target === null || denominator === 0 || target.percent === 0) continue;
      weighted += (weights[k] * (100 * numerators[at])) / (denominator * target.percent);
      weightTotal += weights[k];
    }
    uncapped[i] = weightTotal > 0 ? weighted / weightTotal : 1;
    volume[i] = dossiers;
  }
  return {
    hundredths: new Float64Array(count).fill(NaN),
    uncapped,
    onTime: new Float64Array(count),
    due,
    missing: new Float64Array(count),
    volume,
    numerators,
    denominators,
    targets: board.targets,
    indicatorCount,
    weights: weights.map((weight) => decimalFraction(weight)),
  };
}

/** B and F, with the rate F·t of each target (cached: a cohort has few distinct targets); null without a bonus. */
interface BonusRule {
  bonusMax: number;
  fullAt: number;
  fullAtFraction: Fraction;
  fullBonus: Map<ExactTarget, ExactRatio>;
}

function bonusRule(scoring: ScoringSettings): BonusRule | null {
  if (scoring.bonusMax === 0) return null;
  const fullAt = scoring.bonusFullAt;
  return { bonusMax: scoring.bonusMax, fullAt, fullAtFraction: decimalFraction(fullAt), fullBonus: new Map() };
}

/** B × Σ wᵢ·eᵢ ÷ Σ wᵢ over the indicators with data and a target (those that count in the score). */
function bonusOf(rule: BonusRule, i: number, standing: Standings, weights: readonly number[]): number {
  const { numerators, denominators, targets, indicatorCount } = standing;
  let weighted = 0;
  let weightTotal = 0;
  for (let k = 0, at = i * indicatorCount; k < indicatorCount; k++, at++) {
    const target = targets[at];
    const denominator = denominators[at];
    if (target === null || denominator === 0) continue;
    let fullBonus = rule.fullBonus.get(target);
    if (fullBonus === undefined) {
      fullBonus = scaledRatio(target, rule.fullAtFraction);
      rule.fullBonus.set(target, fullBonus);
    }
    weighted += weights[k] * exceedingOf(numerators[at], denominator, target, fullBonus, rule.fullAt);
    weightTotal += weights[k];
  }
  return weightTotal > 0 ? (rule.bonusMax * weighted) / weightTotal : 0;
}

/** min(perLate × late + perMissing × missing, penaltyMax). */
function penaltyOf(scoring: ScoringSettings, late: number, missing: number): number {
  const points = scoring.penaltyPerLate * late + scoring.penaltyPerMissing * missing;
  const cap = scoring.penaltyMax;
  return cap === undefined || cap === null ? points : Math.min(points, cap);
}
