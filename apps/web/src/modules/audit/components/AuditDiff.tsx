import { useTranslation } from 'react-i18next';
import { useAuditValueWords } from '../hooks/useAuditValueWords';
import { auditDiff } from '../utils/audit-diff';
import { AUDIT_FIELD_KINDS, UNITS_NAMED, describeAuditValue } from '../utils/audit-values';

function Value({ text }: { text: string | null }) {
  const { t } = useTranslation();
  return text === null ? (
    <span className="muted">{t('audit.diff.empty')}</span>
  ) : (
    <span className="audit-diff__value">{text}</span>
  );
}

/**
 * Before → after, one row per field; changed fields highlighted (and said in words for screen readers). Known fields
 * and values are said in words (Vai trò: Cán bộ báo cáo, Có/Không, dates, unit names); others as stored.
 */
export function AuditDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const rows = auditDiff(before, after);
  const unitIds = rows
    .flatMap((row) => {
      const kind = AUDIT_FIELD_KINDS[row.field];
      if (kind === 'unit') return [row.before, row.after];
      if (kind === 'units')
        return [row.before, row.after].flatMap((ids) => (Array.isArray(ids) ? ids.slice(0, UNITS_NAMED) : []));
      return [];
    })
    .filter((value): value is string => typeof value === 'string');
  const needsLevels = rows.some((row) => AUDIT_FIELD_KINDS[row.field] === 'level');
  const { words, fieldName } = useAuditValueWords({ unitIds, needsLevels });
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
        {rows.map((row) => {
          const name = row.field ? fieldName(row.field) : '—';
          return (
            <tr key={row.field} className={row.changed ? 'audit-diff__row--changed' : undefined}>
              <th scope="row">
                {/* An unknown field keeps its code name, in the code font. */}
                {name === row.field ? <code>{name}</code> : name}
                {row.changed && <span className="visually-hidden"> ({t('audit.diff.changed')})</span>}
              </th>
              <td>
                <Value text={describeAuditValue(row.field, row.before, words)} />
              </td>
              <td>
                <Value text={describeAuditValue(row.field, row.after, words)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
