import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError, type UserErrorLike } from '../utils/user-errors';
import { FormErrors } from './FormErrors';
import { Modal } from './Modal';

/** What the confirmed action came to: done (the caller has said so and closes), or refused with the reasons. */
export type ConfirmOutcome = { done: true } | { userErrors: ReadonlyArray<UserErrorLike> };

export interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  /** Shown on the button while the action is on its way. */
  workingLabel: string;
  /** Destructive actions (revoke, archive, disable) are red; undoing one (enable) is not. */
  tone?: 'danger' | 'primary';
  describe: (error: UserErrorLike) => string;
  onConfirm: () => Promise<ConfirmOutcome>;
  onClose: () => void;
}

/**
 * Ask before an action that is hard to undo: Cancel has the focus, the action runs once at a time, and a refusal
 * (or a failed request) is said above the question, leaving the dialog open.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  workingLabel,
  tone = 'danger',
  describe,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<string[]>([]);
  const [working, setWorking] = useState(false);

  const confirm = async () => {
    if (working) return;
    setErrors([]);
    setWorking(true);
    try {
      const outcome = await onConfirm();
      if ('done' in outcome) return;
      const messages = outcome.userErrors.map(describe);
      setErrors(messages.length ? messages : [t('common.unexpectedError')]);
    } catch (error) {
      setErrors([describeRequestError(error, t)]);
    } finally {
      setWorking(false);
    }
  };

  return (
    <Modal title={title} onClose={onClose} role="alertdialog">
      <FormErrors messages={errors} />
      <p>{body}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => onClose()} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className={`button button--${tone}`} onClick={() => void confirm()} disabled={working}>
          {working ? workingLabel : confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
