import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ImportFormFooter } from '../../../foundation/ui/components/ImportFormFooter';
import { Modal } from '../../../foundation/ui/components/Modal';
import { useDescribeUserError } from '../../../foundation/ui/hooks/useDescribeUserError';
import { useFileImport, type ImportOutcome, type ImportSource } from '../../../foundation/ui/hooks/useFileImport';
import { ImportUnitsMutation } from '../graphql/mutations/import-units';
import { refetchUnitLists } from '../utils/refetch-unit-lists';

/** Import units from CSV text (pasted or from a file). All or nothing: a bad row lists every bad row. */
export function ImportUnitsDialog({
  onClose,
  onImported,
}: {
  onClose: () => void;
  onImported: (message: string) => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [importUnits] = useMutation(ImportUnitsMutation);
  const describe = useDescribeUserError();
  const file = useFileImport({ emptyMessage: t('units.importDialog.emptyCsv'), describe });

  // Without acceptXlsx the source is always CSV text.
  const send = async (source: ImportSource): Promise<ImportOutcome> => {
    const csv = 'csv' in source ? source.csv : '';
    const { data } = await importUnits({ variables: { input: { csv } } });
    const payload = data?.importUnits;
    if (!payload) throw new Error('importUnits returned no payload');
    if (payload.userErrors.length)
      return {
        failed: t('units.importDialog.failed', { count: payload.userErrors.length }),
        userErrors: payload.userErrors,
      };
    const message = t('units.importDialog.success', { created: payload.created, updated: payload.updated });
    refetchUnitLists(client);
    onImported(message);
    return { done: message };
  };

  return (
    <Modal title={t('units.importDialog.title')} onClose={onClose} wide>
      <form
        className="import-form"
        onSubmit={(event) => void file.onSubmit(event, send)}
        aria-busy={file.busy}
        noValidate
      >
        <p className="field__hint" id="import-help">
          {t('units.importDialog.help')}
        </p>
        <div className="field">
          <label htmlFor="import-file">{t('units.importDialog.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            onChange={(event) => void file.onFileChange(event)}
          />
        </div>
        <div className="field">
          <label htmlFor="import-csv">{t('units.importDialog.text')}</label>
          <textarea
            id="import-csv"
            rows={8}
            spellCheck={false}
            aria-describedby="import-help"
            placeholder="code,name,levelKey,parentCode"
            value={file.csv}
            onChange={(event) => file.onCsvChange(event.target.value)}
          />
        </div>
        <ImportFormFooter file={file} words="units.importDialog" onClose={onClose} />
      </form>
    </Modal>
  );
}
