import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenFieldsFragment } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../foundation/ui/components/ConfirmDialog';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { RevokeApiTokenMutation } from '../graphql/mutations/revoke-api-token';

/** Revoking cannot be undone: ask first. */
export function RevokeApiTokenDialog({
  token,
  onClose,
  onDone,
}: {
  token: ApiTokenFieldsFragment;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeUserError('apiTokens');
  const [revokeApiToken] = useMutation(RevokeApiTokenMutation);

  return (
    <ConfirmDialog
      title={t('apiTokens.revokeDialog.title')}
      body={t('apiTokens.revokeDialog.body', { name: token.name })}
      confirmLabel={t('apiTokens.revokeDialog.confirm')}
      workingLabel={t('apiTokens.revokeDialog.working')}
      describe={describe}
      onClose={onClose}
      onConfirm={async () => {
        const { data } = await revokeApiToken({ variables: { input: { id: token.id } } });
        const payload = data?.revokeApiToken;
        if (!payload?.apiToken || payload.userErrors.length) return { userErrors: payload?.userErrors ?? [] };
        onDone(t('apiTokens.revokeDialog.done', { name: token.name }));
        return { done: true };
      }}
    />
  );
}
