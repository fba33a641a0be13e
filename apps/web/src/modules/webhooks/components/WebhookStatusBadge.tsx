import { useTranslation } from 'react-i18next';
import type { WebhookEndpointFieldsFragment } from '../../../generated/graphql';

type Status = Pick<WebhookEndpointFieldsFragment, 'enabled' | 'disabledReason'>;

/** Sending, disabled by an admin, or disabled by itself after failing: in words, not a code. */
export function WebhookStatusBadge({ endpoint }: { endpoint: Status }) {
  const { t } = useTranslation();
  if (endpoint.enabled) return <span className="webhook-badge webhook-badge--on">{t('webhooks.enabled')}</span>;
  if (endpoint.disabledReason === 'FAILING')
    return <span className="webhook-badge webhook-badge--failing">{t('webhooks.disabledFailing')}</span>;
  return <span className="webhook-badge webhook-badge--off">{t('webhooks.disabledByAdmin')}</span>;
}
