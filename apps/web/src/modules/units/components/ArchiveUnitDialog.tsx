import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { UnitRowFragment } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../foundation/ui/components/ConfirmDialog';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
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
  const [archiveUnit] = useMutation(ArchiveUnitMutation);
  const describe = useDescribeUserError();

  return (
    <ConfirmDialog
      title={t('units.archiveDialog.title')}
      body={t('units.archiveDialog.body', { name: unit.name, code: unit.code })}
      confirmLabel={t('units.archiveDialog.confirm')}
      workingLabel={t('units.archiveDialog.working')}
      describe={describe}
      onClose={onClose}
      onConfirm={async () => {
        const { data } = await archiveUnit({ variables: { input: { id: unit.id } } });
        const payload = data?.archiveUnit;
        if (!payload?.unit || payload.userErrors.length) return { userErrors: payload?.userErrors ?? [] };
        refetchUnitLists(client);
        onArchived(t('units.archiveDialog.done', { name: unit.name }));
        return { done: true };
      }}
    />
  );
}
