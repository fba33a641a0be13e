import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../../generated/graphql';
import { FormErrors } from '../../ui/components/FormErrors';
import { Modal } from '../../ui/components/Modal';
import { useDescribeUserError } from '../../ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../ui/utils/user-errors';
import { UpdateUserMutation } from '../graphql/mutations/update-user';

/** Disable an account (signing it out at once) or enable it again, after a confirmation. */
export function UserStatusDialog({ user, onClose, onDone }: { user: UserRowFragment; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const describe = useDescribeUserError('users');
  const [errors, setErrors] = useState<string[]>([]);
  const [updateUser, { loading }] = useMutation(UpdateUserMutation);
  const disabling = !user.disabled;
  const values = { name: user.name, email: user.email };

  const confirm = async () => {
    setErrors([]);
    try {
      const { data } = await updateUser({ variables: { input: { id: user.id, disabled: disabling } } });
      const payload = data?.updateUser;
      if (payload?.user && !payload.userErrors.length) {
        onDone(t(disabling ? 'users.disableDialog.disabled' : 'users.disableDialog.enabled', { name: user.name }));
        return;
      }
      const messages = (payload?.userErrors ?? []).map(describe);
      setErrors(messages.length ? messages : [t('common.unexpectedError')]);
    } catch (error) {
      setErrors([describeRequestError(error, t)]);
    }
  };

  return (
    <Modal title={t(disabling ? 'users.disableDialog.disableTitle' : 'users.disableDialog.enableTitle')} onClose={onClose} role="alertdialog">
      <FormErrors messages={errors} />
      <p>{t(disabling ? 'users.disableDialog.disableBody' : 'users.disableDialog.enableBody', values)}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className={disabling ? 'button button--danger' : 'button button--primary'} onClick={() => void confirm()} disabled={loading}>
          {loading ? t('users.disableDialog.working') : t(disabling ? 'users.disable' : 'users.enable')}
        </button>
      </div>
    </Modal>
  );
}
