import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { WebhookDeliveryFieldsFragment, WebhookDeliveryStatus } from '../../../generated/graphql';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { ListFooter } from '../../../foundation/ui/components/ListFooter';
import { LoadedList } from '../../../foundation/ui/components/ListStates';
import { describeRequestError } from '../../../foundation/ui/utils/user-errors';
import { RedeliverWebhookMutation } from '../graphql/mutations/redeliver-webhook';
import { WebhookDeliveriesQuery } from '../graphql/queries/webhook-deliveries';
import { WebhookEndpointQuery } from '../graphql/queries/webhook-endpoint';
import { DeliveryAttempts } from './DeliveryAttempts';

export const DELIVERIES_PAGE_SIZE = 20;
const STATUSES: readonly WebhookDeliveryStatus[] = ['PENDING', 'DELIVERED', 'FAILED'];
/** A redelivery is sent in the background: the log is read again a moment later to show how it went. */
const REFRESH_AFTER_REDELIVERY_MS = 3_000;

const STATUS_CLASS: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'webhook-badge webhook-badge--pending',
  DELIVERED: 'webhook-badge webhook-badge--on',
  FAILED: 'webhook-badge webhook-badge--failing',
};

/**
 * An endpoint's deliveries, the newest first, a page at a time, filtered by status; each opens to its attempts, and
 * each can be sent again ("Gửi lại").
 */
export function DeliveryLog({ endpointId }: { endpointId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();
  const filterId = useId();
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState('');
  const [errorMessage, setErrorMessage] = useState('');
  const [sending, setSending] = useState<string | null>(null);
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(WebhookDeliveriesQuery, {
    variables: { id: endpointId, first: DELIVERIES_PAGE_SIZE, status: status || null },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const client = useApolloClient();
  const [redeliver] = useMutation(RedeliverWebhookMutation);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(refreshTimer.current), []);

  const connection = data?.webhookEndpoint?.deliveries;
  const deliveries = connection?.edges.map((edge) => edge.node) ?? [];
  const endCursor = connection?.pageInfo.endCursor;
  const columns = {
    event: t('webhooks.deliveries.columns.event'),
    status: t('webhooks.deliveries.columns.status'),
    attempts: t('webhooks.deliveries.columns.attempts'),
    last: t('webhooks.deliveries.columns.last'),
  };

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const send = async (delivery: WebhookDeliveryFieldsFragment) => {
    if (sending) return;
    const at = format.dateTime(delivery.createdAt);
    setSending(delivery.id);
    setNotice('');
    setErrorMessage('');
    try {
      const { data: answer } = await redeliver({ variables: { input: { deliveryId: delivery.id } } });
      const payload = answer?.redeliverWebhook;
      if (!payload?.delivery || payload.userErrors.length) {
        setErrorMessage(payload?.userErrors.map((e) => e.message).join(' ') || t('common.unexpectedError'));
        return;
      }
      setNotice(t('webhooks.deliveries.redelivered', { at }));
      clearTimeout(refreshTimer.current);
      // The log and the endpoint's failure count, as the attempt left them.
      const refresh = () => client.refetchQueries({ include: [WebhookDeliveriesQuery, WebhookEndpointQuery] });
      refreshTimer.current = setTimeout(() => void refresh().catch(() => undefined), REFRESH_AFTER_REDELIVERY_MS);
    } catch (failure) {
      setErrorMessage(describeRequestError(failure, t));
    } finally {
      setSending(null);
    }
  };

  const lastResult = (delivery: WebhookDeliveryFieldsFragment) => {
    if (delivery.status === 'DELIVERED' && delivery.deliveredAt)
      return t('webhooks.deliveries.deliveredAt', { at: format.dateTime(delivery.deliveredAt) });
    if (!delivery.lastAttemptAt) return t('webhooks.deliveries.noAttempt');
    const code =
      delivery.lastStatusCode != null
        ? t('webhooks.deliveries.httpStatus', { code: delivery.lastStatusCode })
        : t('webhooks.deliveries.noResponse');
    // The sender's error for a refused answer is the status itself ("HTTP 500"): said once.
    const error = delivery.lastError === `HTTP ${delivery.lastStatusCode}` ? null : delivery.lastError;
    return [format.dateTime(delivery.lastAttemptAt), code, error].filter(Boolean).join(' · ');
  };

  return (
    <section className="webhook-panel webhook-log" aria-labelledby={titleId}>
      <div className="webhook-log__header">
        <h2 id={titleId}>{t('webhooks.deliveries.title')}</h2>
        <div className="webhook-log__tools">
          <div className="field webhook-log__filter">
            <label htmlFor={filterId}>{t('webhooks.deliveries.filter')}</label>
            <select
              id={filterId}
              value={status}
              onChange={(event) => setStatus(event.target.value as WebhookDeliveryStatus | '')}
            >
              <option value="">{t('webhooks.deliveries.all')}</option>
              {STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`webhooks.deliveries.statuses.${value}`)}
                </option>
              ))}
            </select>
          </div>
          {connection && (
            <p className="muted webhook-log__count">
              {t('webhooks.deliveries.count', { count: connection.totalCount })}
            </p>
          )}
        </div>
      </div>
      <p className="notice page-notice" role="status">
        {notice}
      </p>
      {errorMessage && (
        <div className="form-errors page-notice" role="alert">
          <p>{errorMessage}</p>
        </div>
      )}
      <LoadedList
        data={connection}
        error={error}
        onRetry={refetch}
        empty={!deliveries.length}
        emptyTitle={status ? t('webhooks.deliveries.emptyFiltered') : t('webhooks.deliveries.empty')}
        emptyHint={status ? undefined : t('webhooks.deliveries.emptyHint')}
      >
        {(loaded) => (
          <div className="table-wrap">
            <table className="data-table data-table--cards webhook-log__table">
              <caption className="visually-hidden">{t('webhooks.deliveries.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('webhooks.deliveries.columns.createdAt')}</th>
                  <th scope="col">{columns.event}</th>
                  <th scope="col">{columns.status}</th>
                  <th scope="col" className="num">
                    {columns.attempts}
                  </th>
                  <th scope="col">{columns.last}</th>
                  <th scope="col">{t('webhooks.deliveries.columns.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((delivery) => {
                  const expanded = open.has(delivery.id);
                  const at = format.dateTime(delivery.createdAt);
                  const detailsId = `webhook-attempts-${delivery.id}`;
                  return (
                    <Fragment key={delivery.id}>
                      <tr>
                        <th scope="row" className="webhook-log__at">
                          <time dateTime={delivery.createdAt}>{at}</time>
                        </th>
                        <td data-label={columns.event} className="cards-wide">
                          <code className="webhook-code webhook-code--id">{delivery.eventId}</code>
                        </td>
                        <td data-label={columns.status}>
                          <span className={STATUS_CLASS[delivery.status]}>
                            {t(`webhooks.deliveries.statuses.${delivery.status}`)}
                          </span>
                        </td>
                        <td data-label={columns.attempts} className="num">
                          {format.number(delivery.attempts)}
                        </td>
                        <td data-label={columns.last} className="cards-wide webhook-log__last">
                          {lastResult(delivery)}
                        </td>
                        <td className="cards-wide">
                          <div className="webhook-log__actions">
                            <button
                              type="button"
                              className="button button--small"
                              aria-expanded={expanded}
                              aria-controls={detailsId}
                              aria-label={t(
                                expanded
                                  ? 'webhooks.deliveries.hideAttemptsLabel'
                                  : 'webhooks.deliveries.showAttemptsLabel',
                                { at },
                              )}
                              onClick={() => toggle(delivery.id)}
                            >
                              {expanded ? t('webhooks.deliveries.hideAttempts') : t('webhooks.deliveries.showAttempts')}
                            </button>
                            <button
                              type="button"
                              className="button button--small"
                              aria-label={t('webhooks.deliveries.redeliverLabel', { at })}
                              disabled={sending !== null}
                              onClick={() => void send(delivery)}
                            >
                              {sending === delivery.id
                                ? t('webhooks.deliveries.redelivering')
                                : t('webhooks.deliveries.redeliver')}
                            </button>
                          </div>
                        </td>
                      </tr>
                      <tr id={detailsId} className="webhook-log__details" hidden={!expanded}>
                        <td colSpan={6} className="cards-wide">
                          {expanded && <DeliveryAttempts attempts={delivery.attemptLog} />}
                        </td>
                      </tr>
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
            <ListFooter
              shown={deliveries.length}
              total={loaded.totalCount}
              loadingMore={networkStatus === NetworkStatus.fetchMore}
              onLoadMore={
                loaded.pageInfo.hasNextPage && endCursor
                  ? () => void fetchMore({ variables: { after: endCursor } }).catch(() => undefined)
                  : null
              }
            />
          </div>
        )}
      </LoadedList>
    </section>
  );
}
