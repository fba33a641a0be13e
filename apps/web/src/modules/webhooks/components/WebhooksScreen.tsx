import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { LoadedList } from '../../../foundation/ui/components/ListStates';
import { PageHeader } from '../../../foundation/ui/components/PageHeader';
import { WebhookEndpointsQuery } from '../graphql/queries/webhook-endpoints';
import { BackgroundJobs } from './BackgroundJobs';
import { EventTypeList } from './EventTypeList';
import { WebhookFormDialog } from './WebhookFormDialog';
import { WebhookStatusBadge } from './WebhookStatusBadge';
import './webhooks.css';

/** Every webhook endpoint, the oldest first: address, description, event types, status and failures; add one. */
export function WebhooksScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  // Failures and automatic disabling happen while the page is away: read again on every visit.
  const { data, error, refetch } = useQuery(WebhookEndpointsQuery, { fetchPolicy: 'cache-and-network' });
  const [adding, setAdding] = useState(false);
  // A deleted endpoint's page comes back here saying so.
  const location = useLocation();
  const [notice, setNotice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? '');
  const endpoints = data?.webhookEndpoints ?? [];
  const columns = {
    eventTypes: t('webhooks.columns.eventTypes'),
    status: t('webhooks.columns.status'),
    failures: t('webhooks.columns.failures'),
  };

  return (
    <section aria-labelledby="webhooks-title" className="webhooks">
      <PageHeader
        titleId="webhooks-title"
        title={t('webhooks.title')}
        intro={t('webhooks.intro')}
        actions={
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            {t('webhooks.add')}
          </button>
        }
      />
      <p className="notice page-notice" role="status">
        {notice}
      </p>
      <LoadedList
        data={data}
        error={error}
        onRetry={refetch}
        empty={!endpoints.length}
        emptyTitle={t('webhooks.empty')}
        emptyHint={t('webhooks.emptyHint')}
      >
        {() => (
          <div className="table-wrap">
            <table className="data-table data-table--cards webhooks-table">
              <caption className="visually-hidden">{t('webhooks.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.columns.url')}</th>
                  <th scope="col">{columns.eventTypes}</th>
                  <th scope="col">{columns.status}</th>
                  <th scope="col" className="num">
                    {columns.failures}
                  </th>
                </tr>
              </thead>
              <tbody>
                {endpoints.map((endpoint) => (
                  <tr key={endpoint.id} className={endpoint.enabled ? undefined : 'webhook-row--off'}>
                    <th scope="row" className="webhooks-table__url">
                      <Link to={`/webhooks/${endpoint.id}`} className="webhook-url">
                        {endpoint.url}
                      </Link>
                      <span className={endpoint.description ? 'webhook-description' : 'webhook-description muted'}>
                        {endpoint.description || t('webhooks.noDescription')}
                      </span>
                    </th>
                    <td data-label={columns.eventTypes} className="cards-wide">
                      <EventTypeList types={endpoint.eventTypes} />
                    </td>
                    <td data-label={columns.status}>
                      <WebhookStatusBadge endpoint={endpoint} />
                    </td>
                    <td data-label={columns.failures} className="num">
                      {endpoint.consecutiveFailures
                        ? format.number(endpoint.consecutiveFailures)
                        : t('webhooks.noFailures')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </LoadedList>
      <BackgroundJobs />
      {adding && (
        <WebhookFormDialog
          eventTypes={data?.webhookEventTypes}
          onClose={(message) => {
            if (message) setNotice(message);
            setAdding(false);
          }}
        />
      )}
    </section>
  );
}
