import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DateField, INVALID_DATE } from '../../../foundation/ui/components/DateField';
import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';
import { Modal } from '../../../foundation/ui/components/Modal';
import { SaveActions } from '../../../foundation/ui/components/SaveActions';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors } from '../../../foundation/ui/utils/user-errors';
import { FinalizeReviewMutation } from '../graphql/mutations/finalize-review';

const FIELDS = ['decisionNumber', 'decisionDate'] as const;
type Field = (typeof FIELDS)[number];

/** Decision number and date; the server's refusal reasons are all listed (it gives every one at once). */
export function FinalizeReviewDialog({
  reviewId,
  onClose,
  onFinalized,
}: {
  reviewId: string;
  onClose: () => void;
  onFinalized: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const describe = useDescribeUserError('reviews');
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState('');
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
    if (Object.keys(missing).length || decisionDate === INVALID_DATE) {
      // An invalid date is explained by its field.
      setErrors({ byField: missing, general: [] });
      return;
    }
    try {
      const result = await finalize({
        variables: { input: { reviewId, decisionNumber: decisionNumber.trim(), decisionDate } },
      });
      const payload = result.data?.finalizeReview;
      if (payload?.userErrors.length) setErrors(splitUserErrors(payload.userErrors, FIELDS, describe));
      else if (payload?.review) onFinalized();
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
