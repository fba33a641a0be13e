import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../foundation/ui/components/ConfirmDialog';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { UpdateUserMutation } from '../graphql/mutations/update-user';

/** Disable an account (signing it out at once) or enable it again, after a confirmation. */
export function UserStatusDialog({
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
  const [updateUser] = useMutation(UpdateUserMutation);
  const disabling = !user.disabled;
  const values = { name: user.name, email: user.email };

  return (
    <ConfirmDialog
      title={t(disabling ? 'users.disableDialog.disableTitle' : 'users.disableDialog.enableTitle')}
      body={t(disabling ? 'users.disableDialog.disableBody' : 'users.disableDialog.enableBody', values)}
      confirmLabel={t(disabling ? 'users.disable' : 'users.enable')}
      workingLabel={t('users.disableDialog.working')}
      tone={disabling ? 'danger' : 'primary'}
      describe={describe}
      onClose={onClose}
      onConfirm={async () => {
        const { data } = await updateUser({ variables: { input: { id: user.id, disabled: disabling } } });
        const payload = data?.updateUser;
        if (!payload?.user || payload.userErrors.length) return { userErrors: payload?.userErrors ?? [] };
        onDone(t(disabling ? 'users.disableDialog.disabled' : 'users.disableDialog.enabled', { name: user.name }));
        return { done: true };
      }}
    />
  );
}
