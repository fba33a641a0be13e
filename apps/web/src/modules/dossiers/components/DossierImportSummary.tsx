import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ImportErrorTable } from '../../../foundation/ui/components/ImportErrorTable';
import type { TFunction } from 'i18next';
import type { DossierImportSummary as Summary, DossierRejection } from '../utils/upload-dossiers';

/**
 * What an import did: lines read, added, updated, moved, rejected; the recount; and the rejected lines with their
 * reasons.
 */
export function DossierImportSummary({ name, summary }: { name: string; summary: Summary }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const counts = [
    { key: 'rows', value: summary.rows },
    { key: 'inserted', value: summary.inserted },
    { key: 'updated', value: summary.updated },
    { key: 'moved', value: summary.moved },
    { key: 'rejected', value: summary.rejected },
  ] as const;
  return (
    <section className="dossier-summary" aria-labelledby="dossier-summary-title">
      <h3 id="dossier-summary-title">{t('dossiers.upload.summaryTitle', { name })}</h3>
      <dl className="dossier-summary__counts">
        {counts.map(({ key, value }) => (
          <div
            key={key}
            className={
              key === 'rejected' && value > 0
                ? 'dossier-summary__count dossier-summary__count--warn'
                : 'dossier-summary__count'
            }
          >
            <dt>{t(`dossiers.upload.${key}`)}</dt>
            <dd>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('dossiers.upload.recomputed', { ...summary.recompute })}</p>
      {summary.rejections.length > 0 && (
        <>
          {summary.rejections.length < summary.rejected && (
            <p className="muted">
              {t('dossiers.upload.rejectionsListed', { listed: summary.rejections.length, rejected: summary.rejected })}
            </p>
          )}
          <ImportErrorTable
            rows={summary.rejections.map((rejection) => ({
              row: rejection.line,
              column: rejection.field,
              message: rejectionMessage(t, (key) => i18n.exists(key), rejection),
            }))}
            labels={{
              caption: t('dossiers.upload.errorsCaption'),
              row: t('dossiers.upload.row'),
              column: t('dossiers.upload.column'),
              reason: t('dossiers.upload.reason'),
            }}
          />
        </>
      )}
    </section>
  );
}

/** A rejected line's reason in the user's language from its code; the server's own words for a code not known here. */
export function rejectionMessage(t: TFunction, exists: (key: string) => boolean, rejection: DossierRejection): string {
  const key = `dossiers.upload.rejections.${rejection.code}`;
  if (!rejection.code || !exists(key)) return rejection.reason;
  return (t as unknown as (key: string, options: object) => string)(key, {
    field: rejection.field ?? '',
    value: rejection.value ?? '',
  });
}
