import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../../generated/graphql';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { Modal } from '../../../foundation/ui/components/Modal';
import { SaveActions } from '../../../foundation/ui/components/SaveActions';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { describeRequestError, splitUserErrors, type SplitUserErrors } from '../../../foundation/ui/utils/user-errors';
import { UpdateUserMutation } from '../graphql/mutations/update-user';
import { NewPasswordField } from './NewPasswordField';

const FIELDS = ['password'] as const;
const NO_ERRORS: SplitUserErrors<'password'> = { byField: {}, general: [] };

/** An administrator sets a new password; the server ends the person's sessions. */
export function ResetPasswordDialog({
  user,
  onClose,
  onDone,
}: {
  user: UserRowFragment;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeUserError('users');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState(NO_ERRORS);
  const [updateUser, { loading }] = useMutation(UpdateUserMutation);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setErrors(NO_ERRORS);
    try {
      const { data } = await updateUser({ variables: { input: { id: user.id, password } } });
      const payload = data?.updateUser;
      if (payload?.user && !payload.userErrors.length) {
        onDone(t('users.passwordDialog.done', { name: user.name }));
        return;
      }
      const split = splitUserErrors(payload?.userErrors ?? [], FIELDS, describe);
      setErrors({
        byField: split.byField,
        general: split.general.length || split.byField.password ? split.general : [t('common.unexpectedError')],
      });
    } catch (error) {
      setErrors({ byField: {}, general: [describeRequestError(error, t)] });
    }
  };

  return (
    <Modal title={t('users.passwordDialog.title')} onClose={onClose}>
      <form className="unit-form" onSubmit={onSubmit} aria-busy={loading} noValidate>
        <FormErrors messages={errors.general} />
        <p>{t('users.passwordDialog.intro', { name: user.name, email: user.email })}</p>
        <NewPasswordField
          id="reset-password"
          label={t('users.passwordDialog.password')}
          value={password}
          onChange={setPassword}
          errors={errors.byField.password}
          required
          autoFocus
        />
        <SaveActions saving={loading} onCancel={onClose} submitLabel={t('users.passwordDialog.submit')} />
      </form>
    </Modal>
  );
}
