import type { Outcome } from './rule';

/**
 * Why a proposal needs a second look before the review is finalized:
 * - BOTH_OUTCOMES: its unit is proposed for commendation and for discipline;
 * - DUPLICATE: its unit is proposed twice for the same outcome;
 * - AGAINST_RULES: a proposal by hand whose outcome is the opposite of what the rules propose for the unit.
 * Rejected proposals are settled and take part in no conflict.
 */
export type ProposalConflict = 'BOTH_OUTCOMES' | 'DUPLICATE' | 'AGAINST_RULES';

export interface ConflictCandidate {
  id: string;
  unitId: string;
  outcome: Outcome;
  /** The rule that made it; null for a proposal by hand. */
  ruleCode: string | null;
  decision: 'PENDING' | 'APPROVED' | 'REJECTED';
}

/** Each proposal's conflicts (an empty list when none), keyed by proposal id. */
export function proposalConflicts(proposals: readonly ConflictCandidate[]): Map<string, ProposalConflict[]> {
  const live = proposals.filter((proposal) => proposal.decision !== 'REJECTED');
  const byUnit = new Map<string, ConflictCandidate[]>();
  for (const proposal of live) byUnit.set(proposal.unitId, [...(byUnit.get(proposal.unitId) ?? []), proposal]);
  const conflicts = new Map<string, ProposalConflict[]>(proposals.map((proposal) => [proposal.id, []]));
  for (const proposal of live) {
    const others = (byUnit.get(proposal.unitId) ?? []).filter((other) => other.id !== proposal.id);
    const found: ProposalConflict[] = [];
    if (others.some((other) => other.outcome !== proposal.outcome)) found.push('BOTH_OUTCOMES');
    if (others.some((other) => other.outcome === proposal.outcome)) found.push('DUPLICATE');
    const byRules = (other: ConflictCandidate) => other.ruleCode !== null && other.outcome !== proposal.outcome;
    if (proposal.ruleCode === null && others.some(byRules)) found.push('AGAINST_RULES');
    conflicts.set(proposal.id, found);
  }
  return conflicts;
}
