import { useTranslation } from 'react-i18next';
import { auditDiff, displayValue } from '../utils/audit-diff';

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const text = displayValue(value);
  return text === null ? <span className="muted">{t('audit.diff.empty')}</span> : <span className="audit-diff__value">{text}</span>;
}

/** Before → after, one row per field; changed fields highlighted (and said in words for screen readers). */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const rows = auditDiff(before, after);
  if (!rows.length) return <p className="muted audit-diff__none">{t('audit.noDiff')}</p>;
  return (
    <table className="audit-diff">
      <caption className="visually-hidden">{t('audit.diff.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('audit.diff.field')}</th>
          <th scope="col">{t('audit.diff.before')}</th>
          <th scope="col">{t('audit.diff.after')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.field} className={row.changed ? 'audit-diff__row--changed' : undefined}>
            <th scope="row">
              <code>{row.field || '—'}</code>
              {row.changed && <span className="visually-hidden"> ({t('audit.diff.changed')})</span>}
            </th>
            <td>
              <Value value={row.before} />
            </td>
            <td>
              <Value value={row.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
