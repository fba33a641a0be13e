import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../generated/graphql';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, type UserErrorLike } from '../../../foundation/ui/utils/user-errors';
import { DecideProposalMutation } from '../graphql/mutations/decide-proposal';
import { DecideProposalsMutation } from '../graphql/mutations/decide-proposals';
import type { WorkspaceProposal } from '../components/types';

/** The last change, said once (aria-live) with the way back when it was a decision. */
export interface DecisionStatus {
  message: string;
  undo?: { ids: string[]; note: string | null };
  error?: boolean;
}

export type BulkOutcome = { done: true } | { userErrors: ReadonlyArray<UserErrorLike> };

const without = <T>(record: Record<string, T>, id: string) => {
  const { [id]: _dropped, ...rest } = record;
  return rest;
};

/**
 * The board's decisions: one proposal with the note typed beside it, a selection with one note (all or nothing), and
 * the undo (back to PENDING). `onChanged` reloads the proposals: one decision can settle another's conflict.
 */
export function useDecisions({ reviewId, onChanged }: { reviewId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const describe = useDescribeUserError('reviews');
  const [decideOne] = useMutation(DecideProposalMutation);
  const [decideMany] = useMutation(DecideProposalsMutation);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<DecisionStatus | null>(null);
  const inFlight = useRef(new Set<string>());

  const noteOf = (proposal: WorkspaceProposal) => drafts[proposal.id] ?? proposal.note ?? '';
  const setNote = (id: string, text: string) => setDrafts((current) => ({ ...current, [id]: text }));

  /** One proposal, with the note in its field: a decision, the same decision with a new note, or the undo. */
  const decide = async (proposal: WorkspaceProposal, decision: Decision): Promise<boolean> => {
    if (inFlight.current.has(proposal.id)) return false;
    inFlight.current.add(proposal.id);
    setErrors((current) => without(current, proposal.id));
    const names = { unit: proposal.unit.name, form: proposal.form };
    const note = noteOf(proposal).trim() || null;
    try {
      const result = await decideOne({ variables: { input: { proposalId: proposal.id, decision, note } } });
      const userErrors = result.data?.decideProposal.userErrors ?? [];
      if (userErrors.length) {
        setErrors((current) => ({ ...current, [proposal.id]: userErrors.map(describe).join(' ') }));
        return false;
      }
      setDrafts((current) => without(current, proposal.id));
      if (decision === 'PENDING') setStatus({ message: t('reviews.workspace.undone', names) });
      else if (decision === proposal.decision) setStatus({ message: t('reviews.workspace.noteSaved', names) });
      else
        setStatus({
          message: t('reviews.workspace.decided', { ...names, decision: t(`decision.${decision}`) }),
          undo: { ids: [proposal.id], note },
        });
      onChanged();
      return true;
    } catch (requestError) {
      setErrors((current) => ({ ...current, [proposal.id]: describeRequestError(requestError, t) }));
      return false;
    } finally {
      inFlight.current.delete(proposal.id);
    }
  };

  const sendMany = async (ids: string[], decision: Decision, note: string | null): Promise<BulkOutcome> => {
    const result = await decideMany({ variables: { input: { reviewId, proposalIds: ids, decision, note } } });
    const userErrors = result.data?.decideProposals.userErrors ?? [];
    if (userErrors.length || !result.data) return { userErrors };
    setDrafts((current) => ids.reduce(without, current));
    onChanged();
    return { done: true };
  };

  /** A selection, all or nothing: the refusal is returned, a failed request thrown (the dialog says either). */
  const decideSelection = async (ids: string[], decision: Decision, note: string | null): Promise<BulkOutcome> => {
    const outcome = await sendMany(ids, decision, note);
    if ('done' in outcome)
      setStatus({
        message: t('reviews.workspace.bulkDecided', { count: ids.length, decision: t(`decision.${decision}`) }),
        undo: { ids, note },
      });
    return outcome;
  };

  /** Undoes the decision the status speaks of: back to PENDING, the note kept. */
  const undoLast = async () => {
    const undo = status?.undo;
    if (!undo) return;
    try {
      const outcome = await sendMany(undo.ids, 'PENDING', undo.note);
      if ('done' in outcome) setStatus({ message: t('reviews.workspace.bulkUndone', { count: undo.ids.length }) });
      else
        setStatus({ message: outcome.userErrors.map(describe).join(' ') || t('common.unexpectedError'), error: true });
    } catch (requestError) {
      setStatus({ message: describeRequestError(requestError, t), error: true });
    }
  };

  /** Says something in the status (e.g. why a key did nothing). */
  const say = (message: string) => setStatus({ message });

  return { noteOf, setNote, errors, status, decide, decideSelection, undoLast, say, describe };
}

export type Decisions = ReturnType<typeof useDecisions>;
