import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { Modal } from '../../../foundation/ui/components/Modal';
import { SaveActions } from '../../../foundation/ui/components/SaveActions';
import { TextField } from '../../../foundation/ui/components/TextField';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors, type SplitUserErrors } from '../../../foundation/ui/utils/user-errors';
import { CreateTargetSetMutation } from '../graphql/mutations/create-target-set';

const FIELDS = ['key', 'name', 'primary'] as const;
type SetField = (typeof FIELDS)[number];
const NO_ERRORS: SplitUserErrors<SetField> = { byField: {}, general: [] };

export interface TargetSetDialogProps {
  campaignId: string;
  /** The first set of a campaign is always primary. */
  first: boolean;
  onClose: () => void;
  onCreated: (key: string, message: string) => void;
}

/** A new target set: key, name and whether it is the primary one. */
export function TargetSetDialog({ campaignId, first, onClose, onCreated }: TargetSetDialogProps) {
  const { t } = useTranslation();
  const describe = useDescribeUserError();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [primary, setPrimary] = useState(first);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [createTargetSet, { loading }] = useMutation(CreateTargetSetMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setErrors(NO_ERRORS);
    try {
      const { data } = await createTargetSet({
        variables: { input: { campaignId, key: key.trim(), name: name.trim(), primary } },
      });
      const payload = data?.createTargetSet;
      if (payload?.targetSet && !payload.userErrors.length) {
        onCreated(payload.targetSet.key, t('targets.setForm.created', { name: payload.targetSet.name }));
        return;
      }
      const split = splitUserErrors(payload?.userErrors ?? [], FIELDS, describe);
      const general = split.general.length ? split.general : [t('targets.setForm.errorSummary')];
      setErrors({ byField: split.byField, general });
    } catch (error) {
      setErrors({ byField: {}, general: [describeRequestError(error, t)] });
    }
  };

  return (
    <Modal title={t('targets.setForm.title')} onClose={onClose}>
      <form className="unit-form" onSubmit={onSubmit} aria-busy={loading} noValidate>
        <FormErrors messages={errors.general} />
        <TextField
          id="target-set-key"
          label={t('targets.setForm.key')}
          hint={t('targets.setForm.keyHint')}
          value={key}
          onChange={setKey}
          errors={errors.byField.key}
          required
          autoFocus
        />
        <TextField
          id="target-set-name"
          label={t('targets.setForm.name')}
          value={name}
          onChange={setName}
          errors={errors.byField.name}
          required
        />
        <div className="checkbox">
          <input
            id="target-set-primary"
            type="checkbox"
            checked={primary}
            disabled={first}
            onChange={(event) => setPrimary(event.target.checked)}
          />
          <label htmlFor="target-set-primary">{t('targets.setForm.primary')}</label>
        </div>
        <SaveActions saving={loading} onCancel={onClose} />
      </form>
    </Modal>
  );
}
