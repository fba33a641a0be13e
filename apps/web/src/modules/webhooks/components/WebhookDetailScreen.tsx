import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useFormat } from '../../../foundation/i18n/useFormat';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { ListEmpty, ListError, ListLoading } from '../../../foundation/ui/components/ListStates';
import { PageHeader } from '../../../foundation/ui/components/PageHeader';
import { describeRequestError } from '../../../foundation/ui/utils/user-errors';
import { UpdateWebhookEndpointMutation } from '../graphql/mutations/update-webhook-endpoint';
import { WebhookEndpointQuery } from '../graphql/queries/webhook-endpoint';
import { DeleteWebhookDialog } from './DeleteWebhookDialog';
import { DeliveryLog } from './DeliveryLog';
import { EventTypeList } from './EventTypeList';
import { WebhookFormDialog } from './WebhookFormDialog';
import { WebhookSecret } from './WebhookSecret';
import { WebhookStatusBadge } from './WebhookStatusBadge';
import './webhooks.css';

/**
 * One endpoint (where a "disabled" notification leads): its settings, the secret and how to verify a delivery,
 * pause or enable, edit, delete, and the delivery log.
 */
export function WebhookDetailScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(WebhookEndpointQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [update, { loading: switching }] = useMutation(UpdateWebhookEndpointMutation);
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const [notice, setNotice] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const endpoint = data?.webhookEndpoint;

  const back = (
    <p className="webhook-back">
      <Link to="/webhooks">← {t('webhooks.detail.back')}</Link>
    </p>
  );
  if (!data && error) return <ListError error={error} onRetry={refetch} />;
  if (!data) return <ListLoading />;
  if (!endpoint)
    return (
      <section className="webhooks">
        {back}
        <div className="table-wrap">
          <ListEmpty title={t('webhooks.detail.notFound')} hint={t('webhooks.detail.notFoundHint')} />
        </div>
      </section>
    );

  const setEnabled = async (enabled: boolean) => {
    if (switching) return;
    setNotice('');
    setErrors([]);
    try {
      const { data: answer } = await update({ variables: { input: { id: endpoint.id, enabled } } });
      const payload = answer?.updateWebhookEndpoint;
      if (!payload?.webhookEndpoint || payload.userErrors.length) {
        setErrors(payload?.userErrors.map((e) => e.message) ?? [t('common.unexpectedError')]);
        return;
      }
      setNotice(enabled ? t('webhooks.detail.enabled') : t('webhooks.detail.disabled'));
    } catch (failure) {
      setErrors([describeRequestError(failure, t)]);
    }
  };

  return (
    <section aria-labelledby="webhook-title" className="webhooks webhook-detail">
      {back}
      <PageHeader
        titleId="webhook-title"
        title={endpoint.description || t('webhooks.title')}
        actions={
          <>
            {endpoint.enabled ? (
              <button type="button" className="button" disabled={switching} onClick={() => void setEnabled(false)}>
                {switching ? t('webhooks.detail.disabling') : t('webhooks.detail.disable')}
              </button>
            ) : (
              <button
                type="button"
                className="button button--primary"
                disabled={switching}
                onClick={() => void setEnabled(true)}
              >
                {switching ? t('webhooks.detail.enabling') : t('webhooks.detail.enable')}
              </button>
            )}
            <button type="button" className="button" onClick={() => setDialog('edit')}>
              {t('webhooks.detail.edit')}
            </button>
            <button type="button" className="button webhook-delete" onClick={() => setDialog('delete')}>
              {t('webhooks.detail.delete')}
            </button>
          </>
        }
      />
      <p className="notice page-notice" role="status">
        {notice}
      </p>
      <FormErrors messages={errors} />
      {endpoint.disabledReason === 'FAILING' && (
        <div className="webhook-alert" role="alert">
          {t('webhooks.detail.failingAlert')}
        </div>
      )}
      <section className="webhook-panel" aria-labelledby="webhook-settings-title">
        <h2 id="webhook-settings-title" className="visually-hidden">
          {t('webhooks.detail.settings')}
        </h2>
        <dl className="webhook-facts">
          <div className="webhook-facts__wide">
            <dt>{t('webhooks.detail.url')}</dt>
            <dd>
              <code className="webhook-code webhook-code--url">{endpoint.url}</code>
            </dd>
          </div>
          <div>
            <dt>{t('webhooks.detail.status')}</dt>
            <dd>
              <WebhookStatusBadge endpoint={endpoint} />
            </dd>
          </div>
          <div>
            <dt>{t('webhooks.detail.failures')}</dt>
            <dd>
              {endpoint.consecutiveFailures ? format.number(endpoint.consecutiveFailures) : t('webhooks.noFailures')}
            </dd>
          </div>
          <div>
            <dt>{t('webhooks.detail.createdAt')}</dt>
            <dd>{format.dateTime(endpoint.createdAt)}</dd>
          </div>
          <div>
            <dt>{t('webhooks.detail.updatedAt')}</dt>
            <dd>{format.dateTime(endpoint.updatedAt)}</dd>
          </div>
          <div className="webhook-facts__wide">
            <dt>{t('webhooks.detail.eventTypes')}</dt>
            <dd>
              <EventTypeList types={endpoint.eventTypes} />
            </dd>
          </div>
        </dl>
      </section>
      <WebhookSecret secret={endpoint.secret} />
      <DeliveryLog endpointId={endpoint.id} />
      {dialog === 'edit' && (
        <WebhookFormDialog
          endpoint={endpoint}
          eventTypes={data.webhookEventTypes}
          onClose={(message) => {
            if (message) setNotice(message);
            setDialog(null);
          }}
        />
      )}
      {dialog === 'delete' && (
        <DeleteWebhookDialog
          endpoint={endpoint}
          onClose={() => setDialog(null)}
          onDone={(message) => navigate('/webhooks', { state: { notice: message } })}
        />
      )}
    </section>
  );
}
