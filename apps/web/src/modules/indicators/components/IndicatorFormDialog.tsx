import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { IndicatorFieldsFragment, UpdateIndicatorInput } from '../../../generated/graphql';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { Modal } from '../../../foundation/ui/components/Modal';
import { SaveActions } from '../../../foundation/ui/components/SaveActions';
import { TextField } from '../../../foundation/ui/components/TextField';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors, type SplitUserErrors } from '../../../foundation/ui/utils/user-errors';
import { CreateIndicatorMutation } from '../graphql/mutations/create-indicator';
import { UpdateIndicatorMutation } from '../graphql/mutations/update-indicator';
import { IndicatorsQuery } from '../graphql/queries/indicators';

const FIELDS = ['code', 'name', 'numeratorLabel', 'denominatorLabel', 'description'] as const;
type IndicatorField = (typeof FIELDS)[number];
const NO_ERRORS: SplitUserErrors<IndicatorField> = { byField: {}, general: [] };

/**
 * Create or edit an indicator: the code (fixed once created), its name and what its numerator and denominator count.
 */
export function IndicatorFormDialog({
  indicator,
  onClose,
  onSaved,
}: {
  indicator?: IndicatorFieldsFragment;
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeUserError('indicators');
  const [values, setValues] = useState({
    code: indicator?.code ?? '',
    name: indicator?.name ?? '',
    numeratorLabel: indicator?.numeratorLabel ?? '',
    denominatorLabel: indicator?.denominatorLabel ?? '',
    description: indicator?.description ?? '',
  });
  const [errors, setErrors] = useState(NO_ERRORS);
  const refetchQueries = [{ query: IndicatorsQuery }];
  const [createIndicator, created] = useMutation(CreateIndicatorMutation, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [updateIndicator, updated] = useMutation(UpdateIndicatorMutation);
  const saving = created.loading || updated.loading;
  const set = (field: IndicatorField) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const save = async () => {
    const trimmed = Object.fromEntries(
      Object.entries(values).map(([key, value]) => [key, value.trim()]),
    ) as typeof values;
    if (!indicator) return (await createIndicator({ variables: { input: trimmed } })).data?.createIndicator;
    const input: UpdateIndicatorInput = { id: indicator.id, version: indicator.version };
    if (trimmed.name !== indicator.name) input.name = trimmed.name;
    if (trimmed.numeratorLabel !== indicator.numeratorLabel) input.numeratorLabel = trimmed.numeratorLabel;
    if (trimmed.denominatorLabel !== indicator.denominatorLabel) input.denominatorLabel = trimmed.denominatorLabel;
    if (trimmed.description !== indicator.description) input.description = trimmed.description;
    return (await updateIndicator({ variables: { input } })).data?.updateIndicator;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setErrors(NO_ERRORS);
    try {
      const payload = await save();
      if (payload?.indicator && !payload.userErrors.length) {
        onSaved(t(indicator ? 'indicators.form.updated' : 'indicators.form.created', { name: payload.indicator.name }));
        return;
      }
      const split = splitUserErrors(payload?.userErrors ?? [], FIELDS, describe);
      const general = split.general.length
        ? split.general
        : [t(Object.keys(split.byField).length ? 'indicators.form.errorSummary' : 'common.unexpectedError')];
      setErrors({ byField: split.byField, general });
    } catch (error) {
      setErrors({ byField: {}, general: [describeRequestError(error, t)] });
    }
  };

  const { byField } = errors;
  return (
    <Modal title={t(indicator ? 'indicators.form.editTitle' : 'indicators.form.createTitle')} onClose={onClose} wide>
      <form className="unit-form" onSubmit={onSubmit} aria-busy={saving} noValidate>
        <FormErrors messages={errors.general} />
        <TextField
          id="indicator-code"
          label={t('indicators.form.code')}
          hint={t('indicators.form.codeHint')}
          value={values.code}
          onChange={set('code')}
          errors={byField.code}
          required
          disabled={Boolean(indicator)}
          autoFocus={!indicator}
        />
        <TextField
          id="indicator-name"
          label={t('indicators.form.name')}
          value={values.name}
          onChange={set('name')}
          errors={byField.name}
          required
          autoFocus={Boolean(indicator)}
        />
        <TextField
          id="indicator-numeratorLabel"
          label={t('indicators.form.numeratorLabel')}
          hint={t('indicators.form.numeratorHint')}
          value={values.numeratorLabel}
          onChange={set('numeratorLabel')}
          errors={byField.numeratorLabel}
          required
        />
        <TextField
          id="indicator-denominatorLabel"
          label={t('indicators.form.denominatorLabel')}
          hint={t('indicators.form.denominatorHint')}
          value={values.denominatorLabel}
          onChange={set('denominatorLabel')}
          errors={byField.denominatorLabel}
          required
        />
        <TextField
          id="indicator-description"
          label={t('indicators.form.description')}
          value={values.description}
          onChange={set('description')}
          errors={byField.description}
          multiline
        />
        <SaveActions saving={saving} onCancel={onClose} />
      </form>
    </Modal>
  );
}
