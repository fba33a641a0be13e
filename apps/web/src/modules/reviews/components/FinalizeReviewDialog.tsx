import { useId, useMemo, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DateField, INVALID_DATE } from '../../../foundation/ui/components/DateField';
import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';
import { Modal } from '../../../foundation/ui/components/Modal';
import { SaveActions } from '../../../foundation/ui/components/SaveActions';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors } from '../../../foundation/ui/utils/user-errors';
import type { Decision, ProposalConflict } from '../../../generated/graphql';
import { FinalizeReviewMutation } from '../graphql/mutations/finalize-review';

const FIELDS = ['decisionNumber', 'decisionDate', 'acceptConflicts'] as const;
type Field = (typeof FIELDS)[number];

/** What the dialog needs of a proposal to say which ones are still in conflict. */
export interface FinalizeProposal {
  unit: { id: string; name: string };
  decision: Decision;
  conflicts: readonly ProposalConflict[];
}

/** The units whose non-rejected proposals are still in conflict (what the server counts), each with its conflicts. */
function conflictsByUnit(proposals: readonly FinalizeProposal[]) {
  const inConflict = proposals.filter((proposal) => proposal.decision !== 'REJECTED' && proposal.conflicts.length);
  const units = new Map<string, { name: string; conflicts: Set<ProposalConflict> }>();
  for (const proposal of inConflict) {
    const unit = units.get(proposal.unit.id) ?? { name: proposal.unit.name, conflicts: new Set() };
    proposal.conflicts.forEach((conflict) => unit.conflicts.add(conflict));
    units.set(proposal.unit.id, unit);
  }
  return { count: inConflict.length, units: [...units.entries()] };
}

/**
 * Decision number and date; the server's refusal reasons are all listed (it gives every one at once). While some
 * proposals are still in conflict, finalizing needs the person to say they have looked (acceptConflicts).
 */
export function FinalizeReviewDialog({
  reviewId,
  proposals = [],
  onClose,
  onFinalized,
  onConflictsChanged,
}: {
  reviewId: string;
  /** The review's proposals as the screen has them. */
  proposals?: readonly FinalizeProposal[];
  onClose: () => void;
  onFinalized: () => void;
  /** The server found conflicts the screen did not know of: reload the proposals. */
  onConflictsChanged?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const describe = useDescribeUserError('reviews');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState('');
  const [accepted, setAccepted] = useState(false);
  const [serverFoundConflicts, setServerFoundConflicts] = useState(false);
  const conflicts = useMemo(() => conflictsByUnit(proposals), [proposals]);
  const pending = proposals.some((proposal) => proposal.decision === 'PENDING');
  const askAccept = conflicts.count > 0 || serverFoundConflicts;
  const [errors, setErrors] = useState<{ byField: Partial<Record<Field, string[]>>; general: string[] }>({
    byField: {},
    general: [],
  });
  const [finalize, { loading }] = useMutation(FinalizeReviewMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<Field, string[]>> = {};
    if (!decisionNumber.trim()) missing.decisionNumber = [t('userErrors.REQUIRED')];
    if (!decisionDate) missing.decisionDate = [t('userErrors.REQUIRED')];
    // While proposals are pending the server says so first; the box is needed once everything is decided.
    if (askAccept && !accepted && (!pending || serverFoundConflicts)) {
      missing.acceptConflicts = [t('reviews.finalizeDialog.acceptRequired')];
    }
    if (Object.keys(missing).length || decisionDate === INVALID_DATE) {
      // An invalid date is explained by its field.
      setErrors({ byField: missing, general: [] });
      return;
    }
    try {
      const result = await finalize({
        variables: {
          input: {
            reviewId,
            decisionNumber: decisionNumber.trim(),
            decisionDate,
            ...(askAccept && accepted ? { acceptConflicts: true } : {}),
          },
        },
      });
      const payload = result.data?.finalizeReview;
      if (payload?.userErrors.length) {
        if (payload.userErrors.some((userError) => userError.code === 'UNRESOLVED_CONFLICTS')) {
          setServerFoundConflicts(true);
          setAccepted(false);
          onConflictsChanged?.();
        }
        setErrors(splitUserErrors(payload.userErrors, FIELDS, describe));
      } else if (payload?.review) onFinalized();
    } catch (error) {
      setErrors({ byField: {}, general: [describeRequestError(error, t)] });
    }
  };

  return (
    <Modal title={t('reviews.finalizeDialog.title')} onClose={onClose} role="alertdialog">
      <form className="review-form" onSubmit={(event) => void submit(event)} noValidate>
        <p>{t('reviews.finalizeDialog.intro')}</p>
        {errors.general.length > 0 && (
          <div className="form-errors" role="alert">
            <p>{t('reviews.finalizeDialog.refused')}</p>
            <ul>
              {errors.general.map((message, index) => (
                <li key={index}>{message}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-number`}>{t('reviews.finalizeDialog.number')}</label>
          <input
            type="text"
            id={`${id}-number`}
            value={decisionNumber}
            placeholder={t('reviews.finalizeDialog.numberPlaceholder')}
            onChange={(event) => setDecisionNumber(event.target.value)}
            {...invalidProps(`${id}-number`, errors.byField.decisionNumber)}
          />
          <FieldError inputId={`${id}-number`} messages={errors.byField.decisionNumber} />
        </div>
        <DateField
          id={`${id}-date`}
          label={t('reviews.finalizeDialog.date')}
          value={decisionDate}
          onChange={setDecisionDate}
          errors={errors.byField.decisionDate}
        />
        {askAccept && (
          <div className="finalize-conflicts">
            {conflicts.count > 0 && (
              <>
                <p className="finalize-conflicts__intro">
                  <span aria-hidden="true">⚠ </span>
                  {t('reviews.finalizeDialog.conflicts', { count: conflicts.count, units: conflicts.units.length })}
                </p>
                <ul>
                  {conflicts.units.map(([unitId, unit]) => (
                    <li key={unitId}>
                      {t('reviews.finalizeDialog.conflictUnit', {
                        unit: unit.name,
                        conflicts: [...unit.conflicts].map((conflict) => t(`reviews.conflicts.${conflict}`)).join('; '),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <div className="field finalize-conflicts__accept">
              <label htmlFor={`${id}-accept`}>
                <input
                  type="checkbox"
                  id={`${id}-accept`}
                  checked={accepted}
                  required
                  onChange={(event) => setAccepted(event.target.checked)}
                  {...invalidProps(`${id}-accept`, errors.byField.acceptConflicts)}
                />{' '}
                {t('reviews.finalizeDialog.acceptConflicts')}
              </label>
              <FieldError inputId={`${id}-accept`} messages={errors.byField.acceptConflicts} />
            </div>
          </div>
        )}
        <SaveActions
          saving={loading}
          onCancel={onClose}
          submitLabel={t('reviews.finalizeDialog.submit')}
          submittingLabel={t('reviews.finalizeDialog.submitting')}
          className="review-form-actions"
        />
      </form>
    </Modal>
  );
}
