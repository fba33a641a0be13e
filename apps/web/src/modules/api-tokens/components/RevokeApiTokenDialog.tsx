import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenFieldsFragment } from '../../../generated/graphql';
import { FormErrors } from '../../ui/components/FormErrors';
import { Modal } from '../../ui/components/Modal';
import { useDescribeUserError } from '../../ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../ui/utils/user-errors';
import { RevokeApiTokenMutation } from '../graphql/mutations/revoke-api-token';

/** Revoking cannot be undone: ask first. */
export function RevokeApiTokenDialog({ token, onClose, onDone }: { token: ApiTokenFieldsFragment; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const describe = useDescribeUserError('apiTokens');
  const [errors, setErrors] = useState<string[]>([]);
  const [revokeApiToken, { loading }] = useMutation(RevokeApiTokenMutation);

  const confirm = async () => {
    setErrors([]);
    try {
      const { data } = await revokeApiToken({ variables: { input: { id: token.id } } });
      const payload = data?.revokeApiToken;
      if (payload?.apiToken && !payload.userErrors.length) {
        onDone(t('apiTokens.revokeDialog.done', { name: token.name }));
        return;
      }
      const messages = (payload?.userErrors ?? []).map(describe);
      setErrors(messages.length ? messages : [t('common.unexpectedError')]);
    } catch (error) {
      setErrors([describeRequestError(error, t)]);
    }
  };

  return (
    <Modal title={t('apiTokens.revokeDialog.title')} onClose={onClose} role="alertdialog">
      <FormErrors messages={errors} />
      <p>{t('apiTokens.revokeDialog.body', { name: token.name })}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={() => void confirm()} disabled={loading}>
          {loading ? t('apiTokens.revokeDialog.working') : t('apiTokens.revokeDialog.confirm')}
        </button>
      </div>
    </Modal>
  );
}
