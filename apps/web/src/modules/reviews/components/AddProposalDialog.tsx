import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../generated/graphql';
import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { Modal } from '../../../foundation/ui/components/Modal';
import { SaveActions } from '../../../foundation/ui/components/SaveActions';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors } from '../../../foundation/ui/utils/user-errors';
import { AddProposalMutation } from '../graphql/mutations/add-proposal';
import type { ReviewDetail } from './types';

const FIELDS = ['unitId', 'outcome', 'form', 'reason'] as const;
type Field = (typeof FIELDS)[number];
const FORMS: Record<Outcome, string[]> = {
  COMMENDATION: ['Bằng khen của Chủ tịch UBND tỉnh', 'Biểu dương'],
  DISCIPLINE: ['Phê bình', 'Nhắc nhở'],
};

/** A proposal by hand: the units are those of the review's frozen rankings, by level. */
export function AddProposalDialog({
  review,
  onClose,
  onAdded,
}: {
  review: ReviewDetail;
  onClose: () => void;
  onAdded: (unit: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const describe = useDescribeUserError('reviews');
  const [unitId, setUnitId] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('COMMENDATION');
  const [form, setForm] = useState(FORMS.COMMENDATION[1]);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ byField: Partial<Record<Field, string[]>>; general: string[] }>({
    byField: {},
    general: [],
  });
  const [addProposal, { loading }] = useMutation(AddProposalMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Partial<Record<Field, string[]>> = {};
    if (!unitId) missing.unitId = [t('userErrors.REQUIRED')];
    if (!form.trim()) missing.form = [t('userErrors.REQUIRED')];
    if (!reason.trim()) missing.reason = [t('userErrors.REQUIRED')];
    if (Object.keys(missing).length) {
      setErrors({ byField: missing, general: [] });
      return;
    }
    try {
      const result = await addProposal({
        variables: { input: { reviewId: review.id, unitId, outcome, form: form.trim(), reason: reason.trim() } },
      });
      const payload = result.data?.addProposal;
      if (payload?.userErrors.length) setErrors(splitUserErrors(payload.userErrors, FIELDS, describe));
      else if (payload?.proposal) onAdded(payload.proposal.unit.name);
    } catch (error) {
      setErrors({ byField: {}, general: [describeRequestError(error, t)] });
    }
  };

  return (
    <Modal title={t('reviews.addDialog.title')} onClose={onClose}>
      <form className="review-form" onSubmit={(event) => void submit(event)} noValidate>
        <FormErrors messages={errors.general} />
        <div className="field">
          <label htmlFor={`${id}-unit`}>{t('reviews.addDialog.unit')}</label>
          <select
            id={`${id}-unit`}
            value={unitId}
            onChange={(event) => setUnitId(event.target.value)}
            {...invalidProps(`${id}-unit`, errors.byField.unitId)}
          >
            <option value="">{t('reviews.addDialog.chooseUnit')}</option>
            {review.rankings.map((ranking) => (
              <optgroup key={ranking.level.key} label={ranking.level.name}>
                {ranking.rows.map((row) => (
                  <option key={row.unit.id} value={row.unit.id}>
                    {row.unit.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <FieldError inputId={`${id}-unit`} messages={errors.byField.unitId} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-outcome`}>{t('reviews.addDialog.outcome')}</label>
          <select
            id={`${id}-outcome`}
            value={outcome}
            onChange={(event) => {
              const next = event.target.value as Outcome;
              setOutcome(next);
              setForm(FORMS[next][0]);
            }}
          >
            {(['COMMENDATION', 'DISCIPLINE'] as const).map((value) => (
              <option key={value} value={value}>
                {t(`outcome.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-form`}>{t('reviews.addDialog.form')}</label>
          <input
            type="text"
            id={`${id}-form`}
            list={`${id}-forms`}
            value={form}
            onChange={(event) => setForm(event.target.value)}
            {...invalidProps(`${id}-form`, errors.byField.form)}
          />
          <datalist id={`${id}-forms`}>
            {FORMS[outcome].map((value) => (
              <option key={value} value={value} />
            ))}
          </datalist>
          <FieldError inputId={`${id}-form`} messages={errors.byField.form} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('reviews.addDialog.reason')}</label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            {...invalidProps(`${id}-reason`, errors.byField.reason)}
          />
          <FieldError inputId={`${id}-reason`} messages={errors.byField.reason} />
        </div>
        <SaveActions
          saving={loading}
          onCancel={onClose}
          submitLabel={t('reviews.addDialog.submit')}
          submittingLabel={t('reviews.addDialog.submitting')}
          className="review-form-actions"
        />
      </form>
    </Modal>
  );
}
