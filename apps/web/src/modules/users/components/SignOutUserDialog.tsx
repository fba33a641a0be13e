import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../foundation/ui/components/ConfirmDialog';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { SignOutUserMutation } from '../graphql/mutations/sign-out-user';

/** Ends every session of a user (a lost phone, a shared computer), after a confirmation. */
export function SignOutUserDialog({
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
  const [signOutUser] = useMutation(SignOutUserMutation);

  return (
    <ConfirmDialog
      title={t('users.signOutDialog.title')}
      body={t('users.signOutDialog.body', { name: user.name, email: user.email })}
      confirmLabel={t('users.signOut')}
      workingLabel={t('users.signOutDialog.working')}
      describe={describe}
      onClose={onClose}
      onConfirm={async () => {
        const { data } = await signOutUser({ variables: { input: { userId: user.id } } });
        const payload = data?.signOutUser;
        if (!payload || payload.userErrors.length) return { userErrors: payload?.userErrors ?? [] };
        onDone(t('users.signOutDialog.done', { name: user.name, count: payload.sessionsEnded }));
        return { done: true };
      }}
    />
  );
}
