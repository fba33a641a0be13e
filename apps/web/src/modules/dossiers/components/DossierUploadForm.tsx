import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { Field } from '../../../foundation/ui/components/Field';
import { SelectField } from '../../../foundation/ui/components/SelectField';
import { useDossierUpload } from '../hooks/useDossierUpload';
import type { uploadDossiers } from '../utils/upload-dossiers';
import { DossierImportSummary } from './DossierImportSummary';

/** Choose a CSV or NDJSON file of dossiers and send it; its progress, then the summary and the rejected lines. */
export function DossierUploadForm({ send }: { send?: typeof uploadDossiers }) {
  const { t } = useTranslation();
  const format = useFormat();
  const upload = useDossierUpload(send);
  const { phase } = upload;

  return (
    <section className="dossiers-section" aria-labelledby="dossier-upload-title">
      <h2 id="dossier-upload-title">{t('dossiers.upload.title')}</h2>
      <p className="dossiers-section__intro" id="dossier-upload-help">
        {t('dossiers.upload.intro')}
      </p>
      <form
        className="dossier-upload"
        onSubmit={(event) => void upload.onSubmit(event)}
        aria-busy={upload.busy}
        noValidate
      >
        <Field id="dossier-upload-file" label={t('dossiers.upload.file')} disabled={upload.busy}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".csv,.ndjson,.jsonl,text/csv,application/x-ndjson"
              aria-describedby="dossier-upload-help"
              onChange={upload.onFileChange}
            />
          )}
        </Field>
        <SelectField
          id="dossier-upload-format"
          label={t('dossiers.upload.format')}
          value={upload.format}
          disabled={upload.busy}
          onChange={(value) => upload.setFormat(value === 'ndjson' ? 'ndjson' : 'csv')}
        >
          <option value="csv">{t('dossiers.upload.formats.csv')}</option>
          <option value="ndjson">{t('dossiers.upload.formats.ndjson')}</option>
        </SelectField>
        <div className="dossier-upload__actions">
          <button type="submit" className="button button--primary" disabled={upload.busy}>
            {upload.busy ? t('dossiers.upload.submitting') : t('dossiers.upload.submit')}
          </button>
        </div>
      </form>
      {phase.kind !== 'idle' && (
        <div className="import-progress" role="status">
          {phase.kind === 'sending' && phase.fraction !== null ? (
            <progress aria-label={t('dossiers.upload.progress')} value={phase.fraction} max={1} />
          ) : (
            <progress aria-label={t('dossiers.upload.progress')} />
          )}
          <span>
            {phase.kind === 'processing'
              ? t('dossiers.upload.processing')
              : phase.fraction === null
                ? t('dossiers.upload.submitting')
                : t('dossiers.upload.sending', { percent: format.percent(phase.fraction * 100, 0) })}
          </span>
        </div>
      )}
      <FormErrors messages={upload.errors} />
      {upload.result && <DossierImportSummary name={upload.result.name} summary={upload.result.summary} />}
    </section>
  );
}
