import type { Outcome } from '../../../generated/graphql';

export interface ProposalGroup<P> {
  outcome: Outcome;
  form: string;
  proposals: P[];
}

const OUTCOMES: Outcome[] = ['COMMENDATION', 'DISCIPLINE'];

/** Commendations first, then discipline; within each, a group per form in the order first met. */
export function groupProposals<P extends { outcome: Outcome; form: string }>(proposals: readonly P[]) {
  const groups: ProposalGroup<P>[] = [];
  for (const outcome of OUTCOMES) {
    const forms = new Map<string, P[]>();
    for (const proposal of proposals.filter((item) => item.outcome === outcome)) {
      forms.set(proposal.form, [...(forms.get(proposal.form) ?? []), proposal]);
    }
    for (const [form, items] of forms) groups.push({ outcome, form, proposals: items });
  }
  return groups;
}
