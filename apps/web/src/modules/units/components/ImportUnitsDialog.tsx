import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '../../ui/components/FormErrors';
import { ImportErrorTable } from '../../ui/components/ImportErrorTable';
import { Modal } from '../../ui/components/Modal';
import { useDescribeUserError } from '../../ui/hooks/useDescribeUserError';
import { describeRequestError } from '../../ui/utils/user-errors';
import { ImportUnitsMutation } from '../graphql/mutations/import-units';
import { toImportRowErrors, type ImportRowError } from '../utils/import-errors';
import { refetchUnitLists } from '../utils/refetch-unit-lists';

function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, 'utf-8');
  });
}

/** Import units from CSV text (pasted or from a file). All or nothing: a bad row lists every bad row. */
export function ImportUnitsDialog({ onClose, onImported }: { onClose: () => void; onImported: (message: string) => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [csv, setCsv] = useState('');
  const [general, setGeneral] = useState<string[]>([]);
  const [rows, setRows] = useState<ImportRowError[]>([]);
  const [done, setDone] = useState('');
  const [importUnits, { loading }] = useMutation(ImportUnitsMutation);
  const describe = useDescribeUserError();

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      setCsv(await readFileText(file));
    } catch {
      setGeneral([t('common.unexpectedError')]);
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setGeneral([]);
    setRows([]);
    setDone('');
    if (!csv.trim()) {
      setGeneral([t('units.importDialog.emptyCsv')]);
      return;
    }
    try {
      const { data } = await importUnits({ variables: { input: { csv } } });
      const payload = data?.importUnits;
      if (!payload) throw new Error('importUnits returned no payload');
      if (!payload.userErrors.length) {
        const message = t('units.importDialog.success', { created: payload.created, updated: payload.updated });
        setDone(message);
        refetchUnitLists(client);
        onImported(message);
        return;
      }
      const split = toImportRowErrors(payload.userErrors, describe);
      setRows(split.rows);
      setGeneral([t('units.importDialog.failed', { count: payload.userErrors.length }), ...split.general]);
    } catch (error) {
      setGeneral([describeRequestError(error, t)]);
    }
  };

  return (
    <Modal title={t('units.importDialog.title')} onClose={onClose} wide>
      <form className="import-form" onSubmit={onSubmit} aria-busy={loading} noValidate>
        <p className="field__hint" id="import-help">
          {t('units.importDialog.help')}
        </p>
        <div className="field">
          <label htmlFor="import-file">{t('units.importDialog.file')}</label>
          <input id="import-file" type="file" accept=".csv,text/csv" onChange={(event) => void onFile(event)} />
        </div>
        <div className="field">
          <label htmlFor="import-csv">{t('units.importDialog.text')}</label>
          <textarea
            id="import-csv"
            rows={8}
            spellCheck={false}
            aria-describedby="import-help"
            placeholder="code,name,levelKey,parentCode"
            value={csv}
            onChange={(event) => setCsv(event.target.value)}
          />
        </div>
        <FormErrors messages={general} />
        {rows.length > 0 && (
          <ImportErrorTable
            rows={rows}
            labels={{
              caption: t('units.importDialog.errorsCaption'),
              row: t('units.importDialog.row'),
              column: t('units.importDialog.column'),
              reason: t('units.importDialog.reason'),
            }}
          />
        )}
        <p className="notice" role="status">
          {done}
        </p>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.close')}
          </button>
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? t('units.importDialog.submitting') : t('units.importDialog.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
