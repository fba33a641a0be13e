import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { UnitRowFragment } from '../../../generated/graphql';
import { FormErrors } from '../../ui/components/FormErrors';
import { Modal } from '../../ui/components/Modal';
import { useDescribeUserError } from '../../ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../ui/utils/user-errors';
import { ArchiveUnitMutation } from '../graphql/mutations/archive-unit';
import { refetchUnitLists } from '../utils/refetch-unit-lists';

/** Units are archived, never deleted: ask first, then say why the server refused (e.g. active children). */
export function ArchiveUnitDialog({
  unit,
  onClose,
  onArchived,
}: {
  unit: UnitRowFragment;
  onClose: () => void;
  onArchived: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [errors, setErrors] = useState<string[]>([]);
  const [archiveUnit, { loading }] = useMutation(ArchiveUnitMutation);
  const describe = useDescribeUserError();

  const confirm = async () => {
    setErrors([]);
    try {
      const { data } = await archiveUnit({ variables: { input: { id: unit.id } } });
      const payload = data?.archiveUnit;
      if (payload?.unit && !payload.userErrors.length) {
        refetchUnitLists(client);
        onArchived(t('units.archiveDialog.done', { name: unit.name }));
        return;
      }
      const messages = (payload?.userErrors ?? []).map(describe);
      setErrors(messages.length ? messages : [t('common.unexpectedError')]);
    } catch (error) {
      setErrors([describeRequestError(error, t)]);
    }
  };

  return (
    <Modal title={t('units.archiveDialog.title')} onClose={onClose} role="alertdialog">
      <FormErrors messages={errors} />
      <p>{t('units.archiveDialog.body', { name: unit.name, code: unit.code })}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger" onClick={() => void confirm()} disabled={loading}>
          {loading ? t('units.archiveDialog.working') : t('units.archiveDialog.confirm')}
        </button>
      </div>
    </Modal>
  );
}
