import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../generated/graphql';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { Modal } from '../../../foundation/ui/components/Modal';
import { TextField } from '../../../foundation/ui/components/TextField';
import { describeRequestError, type UserErrorLike } from '../../../foundation/ui/utils/user-errors';
import type { BulkOutcome } from '../hooks/useDecisions';
import type { WorkspaceProposal } from './types';

const LISTED = 8;

/**
 * The one question before a decision on a selection: which proposals, an optional common note. All or nothing: on a
 * refusal or a failed request the dialog stays open and says so, and no proposal has changed.
 */
export function BulkDecisionDialog({
  decision,
  proposals,
  noteOf,
  describe,
  onConfirm,
  onClose,
}: {
  decision: Exclude<Decision, 'PENDING'>;
  proposals: readonly WorkspaceProposal[];
  noteOf: (proposal: WorkspaceProposal) => string;
  describe: (error: UserErrorLike) => string;
  onConfirm: (note: string | null) => Promise<BulkOutcome>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [working, setWorking] = useState(false);
  const count = proposals.length;
  const words = { decision: t(`decision.${decision}`), count };
  const withOwnNote = proposals.filter((proposal) => noteOf(proposal).trim()).length;

  const confirm = async () => {
    if (working) return;
    setErrors([]);
    setWorking(true);
    try {
      const outcome = await onConfirm(note.trim() || null);
      if ('done' in outcome) return;
      setErrors([t('reviews.bulkDialog.refused'), ...outcome.userErrors.map(describe)]);
    } catch (error) {
      setErrors([t('reviews.bulkDialog.refused'), describeRequestError(error, t)]);
    } finally {
      setWorking(false);
    }
  };

  return (
    <Modal title={t('reviews.bulkDialog.title', words)} onClose={onClose} role="alertdialog">
      <FormErrors messages={errors} />
      <p>{t('reviews.bulkDialog.body', words)}</p>
      <ul className="bulk-list">
        {proposals.slice(0, LISTED).map((proposal) => (
          <li key={proposal.id}>
            {proposal.unit.name} – {proposal.form}
          </li>
        ))}
        {count > LISTED && <li>{t('reviews.bulkDialog.more', { count: count - LISTED })}</li>}
      </ul>
      <TextField
        id={`${id}-note`}
        label={t('reviews.bulkDialog.note')}
        hint={t('reviews.bulkDialog.noteHint')}
        value={note}
        onChange={setNote}
      />
      {withOwnNote > 0 && <p className="muted">{t('reviews.bulkDialog.replacesNotes', { count: withOwnNote })}</p>}
      <div className="review-form-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={`button ${decision === 'APPROVED' ? 'button--primary' : 'button--danger'}`}
          onClick={() => void confirm()}
          disabled={working}
        >
          {working
            ? t('reviews.bulkDialog.working')
            : t(decision === 'APPROVED' ? 'reviews.workspace.bulkApprove' : 'reviews.workspace.bulkReject', { count })}
        </button>
      </div>
    </Modal>
  );
}
