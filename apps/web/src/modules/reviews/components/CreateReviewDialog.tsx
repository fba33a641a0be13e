import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { FieldError, invalidProps } from '../../../foundation/ui/components/FieldError';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { Modal } from '../../../foundation/ui/components/Modal';
import { SaveActions } from '../../../foundation/ui/components/SaveActions';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors } from '../../../foundation/ui/utils/user-errors';
import { CreateReviewMutation } from '../graphql/mutations/create-review';
import type { ReviewCampaign } from './types';

const FIELDS = ['name', 'asOfPeriod', 'targetSetKey'] as const;
type Field = (typeof FIELDS)[number];

/** Name, a period already due (the latest by default) and a target set (the primary one by default). */
export function CreateReviewDialog({
  campaign,
  onClose,
  onCreated,
  now = new Date(),
}: {
  campaign: ReviewCampaign;
  onClose: () => void;
  onCreated: (id: string) => void;
  now?: Date;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const describe = useDescribeUserError('reviews');
  const due = campaign.periods.filter((period) => new Date(period.dueAt) <= now);
  const primary = campaign.targetSets.find((set) => set.primary) ?? campaign.targetSets[0];
  const [name, setName] = useState('');
  const [period, setPeriod] = useState(due.length ? due[due.length - 1].index : 0);
  const [targetSetKey, setTargetSetKey] = useState(primary?.key ?? '');
  const [errors, setErrors] = useState<{ byField: Partial<Record<Field, string[]>>; general: string[] }>({
    byField: {},
    general: [],
  });
  const [createReview, { loading }] = useMutation(CreateReviewMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setErrors({ byField: { name: [t('userErrors.REQUIRED')] }, general: [] });
      return;
    }
    try {
      const result = await createReview({
        variables: {
          input: { campaignId: campaign.id, name: name.trim(), asOfPeriod: period, targetSetKey: targetSetKey || null },
        },
      });
      const payload = result.data?.createReview;
      if (payload?.userErrors.length) setErrors(splitUserErrors(payload.userErrors, FIELDS, describe));
      else if (payload?.review) onCreated(payload.review.id);
    } catch (error) {
      setErrors({ byField: {}, general: [describeRequestError(error, t)] });
    }
  };

  return (
    <Modal title={t('reviews.createDialog.title')} onClose={onClose}>
      <form className="review-form" onSubmit={(event) => void submit(event)} noValidate>
        <FormErrors messages={errors.general} />
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('reviews.createDialog.name')}</label>
          <input
            type="text"
            id={`${id}-name`}
            value={name}
            placeholder={t('reviews.createDialog.namePlaceholder')}
            onChange={(event) => setName(event.target.value)}
            required
            {...invalidProps(`${id}-name`, errors.byField.name)}
          />
          <FieldError inputId={`${id}-name`} messages={errors.byField.name} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-period`}>{t('reviews.createDialog.period')}</label>
          {due.length ? (
            <select
              id={`${id}-period`}
              value={period}
              onChange={(event) => setPeriod(Number(event.target.value))}
              {...invalidProps(`${id}-period`, errors.byField.asOfPeriod, `${id}-period-hint`)}
            >
              {due.map((option) => (
                <option key={option.index} value={option.index}>
                  {t('reviews.createDialog.periodOption', {
                    period: option.index,
                    start: format.date(option.startDate),
                    end: format.date(option.endDate),
                  })}
                </option>
              ))}
            </select>
          ) : (
            <p className="field-error">{t('reviews.createDialog.noDuePeriod')}</p>
          )}
          <p className="field__hint" id={`${id}-period-hint`}>
            {t('reviews.createDialog.periodHint')}
          </p>
          <FieldError inputId={`${id}-period`} messages={errors.byField.asOfPeriod} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-set`}>{t('reviews.createDialog.targetSet')}</label>
          <select id={`${id}-set`} value={targetSetKey} onChange={(event) => setTargetSetKey(event.target.value)}>
            {campaign.targetSets.map((set) => (
              <option key={set.key} value={set.key}>
                {set.name}
              </option>
            ))}
          </select>
          <FieldError inputId={`${id}-set`} messages={errors.byField.targetSetKey} />
        </div>
        <SaveActions
          saving={loading}
          onCancel={onClose}
          submitLabel={t('reviews.createDialog.submit')}
          submittingLabel={t('reviews.createDialog.submitting')}
          disabled={!due.length}
          className="review-form-actions"
        />
      </form>
    </Modal>
  );
}
