import { matchesSearch } from '@thidua/domain';
import type { Decision, Outcome, ReviewProposalFieldsFragment } from '../../../generated/graphql';

export type DecisionFilter = Decision | 'ALL';

/** What the board narrows the proposals to; kept in the address so that a reload keeps it. */
export interface ProposalFilters {
  decision: DecisionFilter;
  /** Only proposals with a conflict (cần xem lại). */
  needsReview: boolean;
  outcome: Outcome | null;
  form: string | null;
  /** A level's key. */
  level: string | null;
  /** Part of the unit's name, typed with or without accents. */
  q: string;
}

export const DECISION_FILTERS: readonly DecisionFilter[] = ['PENDING', 'APPROVED', 'REJECTED', 'ALL'];
const OUTCOMES: readonly Outcome[] = ['COMMENDATION', 'DISCIPLINE'];

/** Pending first: what is left to decide is what the board came for (the decision state's fallback). */
export const DEFAULT_FILTERS: ProposalFilters = {
  decision: 'PENDING',
  needsReview: false,
  outcome: null,
  form: null,
  level: null,
  q: '',
};

/** Every proposal, whatever its state. */
export const SHOW_ALL: Partial<ProposalFilters> = {
  decision: 'ALL',
  needsReview: false,
  outcome: null,
  form: null,
  level: null,
  q: '',
};

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.find((candidate) => candidate === value) ?? null;

/** `fallback`: the state shown when the address names none (pending while deciding, all once finalized). */
export function readFilters(search: URLSearchParams, fallback: DecisionFilter = 'PENDING'): ProposalFilters {
  return {
    decision: oneOf(DECISION_FILTERS, search.get('decision')) ?? fallback,
    needsReview: search.get('review') === '1',
    outcome: oneOf(OUTCOMES, search.get('outcome')),
    form: search.get('form') || null,
    level: search.get('level') || null,
    q: search.get('q') ?? '',
  };
}

/** The address's parameters with `change` applied; a default value leaves its parameter out. */
export function writeFilters(
  current: URLSearchParams,
  change: Partial<ProposalFilters>,
  fallback: DecisionFilter = 'PENDING',
): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key));
  if ('decision' in change) set('decision', change.decision === fallback ? null : (change.decision ?? null));
  if ('needsReview' in change) set('review', change.needsReview ? '1' : null);
  if ('outcome' in change) set('outcome', change.outcome ?? null);
  if ('form' in change) set('form', change.form ?? null);
  if ('level' in change) set('level', change.level ?? null);
  if ('q' in change) set('q', change.q?.trim() ? change.q : null);
  return next;
}

type Filterable = Pick<ReviewProposalFieldsFragment, 'decision' | 'conflicts' | 'outcome' | 'form' | 'unit'>;

export function matchesFilters(proposal: Filterable, filters: ProposalFilters): boolean {
  return (
    (filters.decision === 'ALL' || proposal.decision === filters.decision) &&
    (!filters.needsReview || proposal.conflicts.length > 0) &&
    (!filters.outcome || proposal.outcome === filters.outcome) &&
    (!filters.form || proposal.form === filters.form) &&
    (!filters.level || proposal.unit.level.key === filters.level) &&
    matchesSearch(filters.q, proposal.unit.name, proposal.unit.code)
  );
}

/** How many proposals one choice would show, the other filters kept: the count beside each choice. */
export function countWith(
  proposals: readonly Filterable[],
  filters: ProposalFilters,
  change: Partial<ProposalFilters>,
) {
  const next = { ...filters, ...change };
  return proposals.filter((proposal) => matchesFilters(proposal, next)).length;
}

/** Whether anything but the decision state narrows the list. */
export function narrowed(filters: ProposalFilters): boolean {
  return filters.needsReview || Boolean(filters.outcome || filters.form || filters.level || filters.q.trim());
}
