import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../foundation/i18n/useFormat';
import type { ReportFieldsFragment } from '../../../generated/graphql';
import type { IndicatorLike } from './ReportValueRow';

type Revision = ReportFieldsFragment['revisions'][number];
type RevisionValue = Revision['newValues'][number];

/** Every submission of the selected report, the latest first: when, who, and what changed (old → new). */
export function RevisionHistory({
  report,
  periodIndex,
  indicators,
  timeZone,
}: {
  report: ReportFieldsFragment | null;
  periodIndex: number;
  indicators: ReadonlyArray<IndicatorLike>;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const revisions = [...(report?.revisions ?? [])].reverse();
  const pair = (value: RevisionValue | undefined) => (
    <span className="revision-values__pair">
      {value ? `${format.number(value.numerator)} / ${format.number(value.denominator)}` : '—'}
    </span>
  );

  return (
    <section className="revision-history" aria-labelledby="revision-history-title">
      <h2 id="revision-history-title">{t('reports.history.title')}</h2>
      {!revisions.length ? (
        <p className="muted">{t('reports.history.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('reports.history.caption', { period: periodIndex })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('reports.history.revision')}
                </th>
                <th scope="col">{t('reports.history.time')}</th>
                <th scope="col">{t('reports.history.who')}</th>
                <th scope="col">{t('reports.history.values')}</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((revision) => {
                const before = new Map((revision.previousValues ?? []).map((value) => [value.indicatorCode, value]));
                const after = new Map(revision.newValues.map((value) => [value.indicatorCode, value]));
                return (
                  <tr key={revision.revision}>
                    <th scope="row" className="num">
                      {format.number(revision.revision)}
                    </th>
                    <td className="nowrap">
                      {format.dateTime(revision.submittedAt, timeZone)}
                      {revision.backfilled && (
                        <span className="revision-history__note">
                          <span className="badge badge--backfilled">{t('reports.history.backfilled')}</span>{' '}
                          {t('reports.history.backfilledHint', {
                            recordedAt: format.dateTime(revision.recordedAt, timeZone),
                          })}
                        </span>
                      )}
                      {revision.source === 'IMPORT' && (
                        <span className="revision-history__note">{t('reports.history.imported')}</span>
                      )}
                    </td>
                    <td>
                      {revision.submittedBy ? (
                        <>
                          {revision.submittedBy.name}
                          {/* The email only for an administrator and the person themself (null for others). */}
                          {revision.submittedBy.email && (
                            <span className="revision-history__note">{revision.submittedBy.email}</span>
                          )}
                        </>
                      ) : (
                        t('reports.history.unknownUser')
                      )}
                    </td>
                    <td>
                      <ul className="revision-values">
                        {indicators.map((indicator) => {
                          const old = before.get(indicator.code);
                          const now = after.get(indicator.code);
                          const changed =
                            old && now && (old.numerator !== now.numerator || old.denominator !== now.denominator);
                          return (
                            <li key={indicator.code} className={changed ? 'revision-values__changed' : undefined}>
                              <span className="revision-values__name">{indicator.name}:</span>{' '}
                              {changed ? (
                                <>
                                  <del>{pair(old)}</del> → <ins>{pair(now)}</ins>
                                </>
                              ) : (
                                pair(now)
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
