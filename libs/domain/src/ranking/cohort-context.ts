import { ExactTarget, exactTarget } from '../figures/exact';
import { DomainError, ownValue } from '../result';
import { validateTargetValue } from '../targets/target-value';
import { cumulationWindow } from './cumulation';
import { RankingInput } from './ranking-types';
import { ScoringSettings, scoringApplies } from './scoring-settings';

/** What every unit's figures share: the calendar as numbers, weights and the prepared targets. */
export interface CohortContext {
  asOf: number;
  periodCount: number;
  codes: readonly string[];
  weights: number[];
  /** Due instants in ms, index 0 = period 1. */
  dueTimes: number[];
  /** Periods 1..asOf whose due instant has passed at `now`. */
  due: number;
  nowTime: number;
  /** First period of the pace window, 1-based. */
  paceFrom: number;
  pacePeriods: number;
  remainingPeriods: number;
  /** Targets prepared for exact comparison, cached by value (a cohort has few distinct targets). */
  exactTargets: Map<number, ExactTarget | null>;
  /** The campaign's scoring settings when they change anything (see scoringApplies), else null. */
  scoring: ScoringSettings | null;
}

/** Prepares the shared parts of a ranking; the input's settings must have been validated. */
export function cohortContext(input: Omit<RankingInput, 'units'>): CohortContext {
  const asOf = input.asOfPeriod;
  const dueTimes = input.periods.map((period) => period.dueAt.getTime());
  const nowTime = input.now.getTime();
  let due = 0;
  for (let i = 0; i < asOf; i++) if (nowTime > dueTimes[i]) due++;
  const { paceFrom } = cumulationWindow(asOf);
  return {
    asOf,
    periodCount: input.periods.length,
    codes: input.indicators,
    weights: input.indicators.map((code) => ownValue(input.weights, code) ?? 1),
    dueTimes,
    due,
    nowTime,
    paceFrom,
    pacePeriods: asOf - paceFrom + 1,
    remainingPeriods: input.periods.length - asOf,
    exactTargets: new Map(),
    scoring: scoringApplies(input.scoring) ? input.scoring : null,
  };
}

/** A unit's target prepared for exact comparison; null when none applies or when it is invalid (error collected). */
export function exactTargetOf(
  context: CohortContext,
  percent: number | null | undefined,
  unitId: string,
  code: string,
  errors: DomainError[],
): ExactTarget | null {
  if (percent === null || percent === undefined) return null;
  let exact = context.exactTargets.get(percent);
  if (exact === undefined) {
    exact = validateTargetValue(percent).ok ? exactTarget(percent) : null;
    context.exactTargets.set(percent, exact);
  }
  if (exact === null) {
    const checked = validateTargetValue(percent, ['units', unitId, 'targets', code]);
    if (!checked.ok) errors.push(...checked.errors);
  }
  return exact;
}
