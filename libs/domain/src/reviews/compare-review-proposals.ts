import { OUTCOMES, type Outcome } from '../rules/rule';

/** A review's proposal as the comparison reads it. */
export interface ComparedProposal {
  id: string;
  unitId: string;
  /** The unit's name: the answer is ordered by it (Vietnamese collation), then by the unit's id. */
  unitName: string;
  outcome: Outcome;
  /** e.g. "Bằng khen", "Nhắc nhở": compared exactly. */
  form: string;
  decision: 'PENDING' | 'APPROVED' | 'REJECTED';
}

/** A unit proposed in both reviews whose set of outcomes differs: each list without repeats, commendation first. */
export interface OutcomeChange {
  unitId: string;
  before: Outcome[];
  after: Outcome[];
}

export interface ReviewProposalComparison<P extends ComparedProposal> {
  /** The current review's proposals whose (unit, outcome, form) the previous review did not propose. */
  added: P[];
  /** The previous review's proposals whose (unit, outcome, form) the current review does not propose. */
  dropped: P[];
  /** The units proposed in both reviews whose outcomes differ. */
  outcomeChanged: OutcomeChange[];
}

/**
 * What changed from one review of a campaign to the next (docs/domain.md §5): proposals added, proposals dropped and
 * units whose outcomes changed. Rejected proposals count on neither side. A proposal is matched by its unit, outcome
 * and form: a unit commended with Biểu dương before and with Bằng khen now has one proposal dropped and one added,
 * and no change of outcome. Proposals are answered in the order of their unit's name, then unit id, outcome
 * (commendation first), form and id; changes in the order of their unit's name, then unit id.
 */
export function compareReviewProposals<P extends ComparedProposal>(
  previous: readonly P[],
  current: readonly P[],
): ReviewProposalComparison<P> {
  const before = previous.filter(isLive);
  const after = current.filter(isLive);
  const keysBefore = new Set(before.map(keyOf));
  const keysAfter = new Set(after.map(keyOf));
  const outcomesBefore = outcomesByUnit(before);
  const outcomesAfter = outcomesByUnit(after);
  const names = new Map(after.map((proposal) => [proposal.unitId, proposal.unitName]));
  const outcomeChanged = [...outcomesAfter.keys()]
    .filter((unitId) => outcomesBefore.has(unitId))
    .map((unitId) => ({
      unitId,
      before: outcomeList(outcomesBefore.get(unitId)),
      after: outcomeList(outcomesAfter.get(unitId)),
    }))
    .filter((change) => change.before.join() !== change.after.join())
    .sort(
      (a, b) =>
        compareNames(names.get(a.unitId) ?? '', names.get(b.unitId) ?? '') || compareCodePoints(a.unitId, b.unitId),
    );
  return {
    added: after.filter((proposal) => !keysBefore.has(keyOf(proposal))).sort(compareProposals),
    dropped: before.filter((proposal) => !keysAfter.has(keyOf(proposal))).sort(compareProposals),
    outcomeChanged,
  };
}

const isLive = (proposal: ComparedProposal) => proposal.decision !== 'REJECTED';

const keyOf = (proposal: ComparedProposal) => JSON.stringify([proposal.unitId, proposal.outcome, proposal.form]);

function outcomesByUnit(proposals: readonly ComparedProposal[]): Map<string, Set<Outcome>> {
  const outcomes = new Map<string, Set<Outcome>>();
  for (const proposal of proposals) {
    const set = outcomes.get(proposal.unitId) ?? new Set<Outcome>();
    set.add(proposal.outcome);
    outcomes.set(proposal.unitId, set);
  }
  return outcomes;
}

const outcomeList = (outcomes: Set<Outcome> | undefined): Outcome[] =>
  OUTCOMES.filter((outcome) => outcomes?.has(outcome));

const compareNames = (a: string, b: string) => a.localeCompare(b, 'vi');

const compareCodePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const compareProposals = (a: ComparedProposal, b: ComparedProposal) =>
  compareNames(a.unitName, b.unitName) ||
  compareCodePoints(a.unitId, b.unitId) ||
  OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome) ||
  compareNames(a.form, b.form) ||
  compareCodePoints(a.form, b.form) ||
  compareCodePoints(a.id, b.id);
