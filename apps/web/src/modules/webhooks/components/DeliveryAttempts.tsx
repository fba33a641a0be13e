import { useTranslation } from 'react-i18next';
import type { WebhookDeliveryFieldsFragment } from '../../../generated/graphql';
import { useFormat } from '../../../foundation/i18n/useFormat';

type Attempt = WebhookDeliveryFieldsFragment['attemptLog'][number];

/** A delivery's attempts, the first first: when, the HTTP status, the error, how long, and whether sent by hand. */
export function DeliveryAttempts({ attempts }: { attempts: readonly Attempt[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!attempts.length) return <p className="muted webhook-attempts__none">{t('webhooks.deliveries.attempts.none')}</p>;
  const columns = {
    status: t('webhooks.deliveries.attempts.status'),
    error: t('webhooks.deliveries.attempts.error'),
    duration: t('webhooks.deliveries.attempts.duration'),
    kind: t('webhooks.deliveries.attempts.kind'),
  };
  return (
    <table className="data-table data-table--cards webhook-attempts">
      <caption className="webhook-attempts__caption">{t('webhooks.deliveries.attempts.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('webhooks.deliveries.attempts.at')}</th>
          <th scope="col">{columns.status}</th>
          <th scope="col">{columns.error}</th>
          <th scope="col" className="num">
            {columns.duration}
          </th>
          <th scope="col">{columns.kind}</th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((attempt, index) => (
          <tr key={`${attempt.attemptedAt}-${index}`}>
            <th scope="row">
              <time dateTime={attempt.attemptedAt}>{format.dateTime(attempt.attemptedAt)}</time>
            </th>
            <td data-label={columns.status}>
              {attempt.statusCode != null ? (
                <span className={attempt.statusCode < 300 ? 'webhook-http webhook-http--ok' : 'webhook-http'}>
                  {attempt.statusCode}
                </span>
              ) : (
                <span className="muted">{t('webhooks.deliveries.noResponse')}</span>
              )}
            </td>
            <td data-label={columns.error} className="cards-wide webhook-attempts__error">
              {attempt.error ?? <span className="muted">—</span>}
            </td>
            <td data-label={columns.duration} className="num">
              {t('webhooks.deliveries.attempts.durationMs', { ms: attempt.durationMs })}
            </td>
            <td data-label={columns.kind}>
              {attempt.manual ? (
                <span className="webhook-badge webhook-badge--manual">{t('webhooks.deliveries.attempts.manual')}</span>
              ) : (
                t('webhooks.deliveries.attempts.automatic')
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
