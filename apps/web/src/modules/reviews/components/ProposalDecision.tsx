import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { Decision } from '../../../generated/graphql';
import type { WorkspaceProposal } from './types';

export interface ProposalDecisionProps {
  proposal: WorkspaceProposal;
  editable: boolean;
  timeZone: string;
  note: string;
  error?: string;
  onNoteChange: (text: string) => void;
  /** A decision, the same decision again (a new note) or PENDING (the undo). */
  onDecide: (decision: Decision) => void;
}

/**
 * The board's opinion on one proposal: its state as a badge (who and when), then the actions: Đồng ý / Không đồng ý
 * while pending, Hoàn tác and Lưu ghi chú once decided. The note typed goes with the decision.
 */
export function ProposalDecision({
  proposal,
  editable,
  timeZone,
  note,
  error,
  onNoteChange,
  onDecide,
}: ProposalDecisionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const names = { unit: proposal.unit.name, form: proposal.form };
  const pending = proposal.decision === 'PENDING';

  return (
    <>
      <p className="decision-state">
        <span className={`decision-badge decision-badge--${proposal.decision.toLowerCase()}`}>
          {t(`decision.${proposal.decision}`)}
        </span>
        {proposal.decidedBy && proposal.decidedAt && (
          <span className="muted">
            {' '}
            {t('reviews.proposal.decidedBy', {
              name: proposal.decidedBy.name,
              at: format.dateTime(proposal.decidedAt, timeZone),
            })}
          </span>
        )}
      </p>
      {editable ? (
        <>
          <label className="visually-hidden" htmlFor={`${id}-note`}>
            {t('reviews.proposal.noteLabel', names)}
          </label>
          <input
            type="text"
            id={`${id}-note`}
            className="decision-note"
            placeholder={t('reviews.proposal.note')}
            value={note}
            onChange={(event) => onNoteChange(event.target.value)}
          />
          {/* Never disabled while sending: a disabled button would drop the keyboard user's focus. */}
          <div className="decision-buttons" role="group" aria-label={t('reviews.columns2.decision')}>
            {pending ? (
              <>
                <button
                  type="button"
                  className="button button--small decision-approve"
                  aria-label={t('reviews.proposal.approveLabel', names)}
                  onClick={() => onDecide('APPROVED')}
                >
                  {t('reviews.proposal.approve')}
                </button>
                <button
                  type="button"
                  className="button button--small decision-reject"
                  aria-label={t('reviews.proposal.rejectLabel', names)}
                  onClick={() => onDecide('REJECTED')}
                >
                  {t('reviews.proposal.reject')}
                </button>
              </>
            ) : (
              <>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('reviews.proposal.saveNoteLabel', names)}
                  onClick={() => onDecide(proposal.decision)}
                >
                  {t('reviews.proposal.saveNote')}
                </button>
                <button
                  type="button"
                  className="button button--small button--ghost"
                  aria-label={t('reviews.proposal.undoLabel', names)}
                  onClick={() => onDecide('PENDING')}
                >
                  {t('reviews.proposal.undo')}
                </button>
              </>
            )}
          </div>
        </>
      ) : (
        proposal.note && <p className="decision-note-text">{proposal.note}</p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
