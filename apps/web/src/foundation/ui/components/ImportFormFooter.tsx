import { useTranslation } from 'react-i18next';
import type { FileImportState } from '../hooks/useFileImport';
import { FormErrors } from './FormErrors';
import { ImportErrorTable } from './ImportErrorTable';
import './ui.css';

/** Where an import dialog keeps its own words (progress, submit, submitting, errorsCaption, row, column, reason). */
export type ImportFormWords = 'units.importDialog' | 'reportImport';

/**
 * The lower half every import form shares: progress while a file is read or sent, the refusal with every bad cell,
 * the success sentence, and Close / Import.
 */
export function ImportFormFooter({
  file,
  words: key,
  onClose,
}: {
  file: FileImportState;
  words: ImportFormWords;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const words = {
    progress: t(`${key}.progress`),
    submit: t(`${key}.submit`),
    submitting: t(`${key}.submitting`),
    errorsCaption: t(`${key}.errorsCaption`),
    row: t(`${key}.row`),
    column: t(`${key}.column`),
    reason: t(`${key}.reason`),
  };
  return (
    <>
      {file.busy && (
        <div className="import-progress" role="status">
          <progress aria-label={words.progress} />
          <span>{words.submitting}</span>
        </div>
      )}
      <FormErrors messages={file.general} />
      {file.rows.length > 0 && (
        <ImportErrorTable
          rows={file.rows}
          labels={{ caption: words.errorsCaption, row: words.row, column: words.column, reason: words.reason }}
        />
      )}
      <p className="notice" role="status">
        {file.done}
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => onClose()}>
          {t('common.close')}
        </button>
        <button type="submit" className="button button--primary" disabled={file.busy}>
          {file.busy ? words.submitting : words.submit}
        </button>
      </div>
    </>
  );
}
