import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../foundation/ui/components/ConfirmDialog';
import { DeleteWebhookEndpointMutation } from '../graphql/mutations/delete-webhook-endpoint';
import { WebhookEndpointsQuery } from '../graphql/queries/webhook-endpoints';

/** Deleting removes the endpoint and its log for good: ask first. */
export function DeleteWebhookDialog({
  endpoint,
  onClose,
  onDone,
}: {
  endpoint: { id: string; url: string };
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [deleteEndpoint] = useMutation(DeleteWebhookEndpointMutation, {
    refetchQueries: [WebhookEndpointsQuery],
    update(cache, { data }) {
      const id = data?.deleteWebhookEndpoint.webhookEndpoint?.id;
      if (id) cache.evict({ id: cache.identify({ __typename: 'WebhookEndpoint', id }) });
    },
  });

  return (
    <ConfirmDialog
      title={t('webhooks.deleteDialog.title')}
      body={t('webhooks.deleteDialog.body', { url: endpoint.url })}
      confirmLabel={t('webhooks.deleteDialog.confirm')}
      workingLabel={t('webhooks.deleteDialog.working')}
      // The server says its refusals in the request's language already.
      describe={(error) => error.message}
      onClose={onClose}
      onConfirm={async () => {
        const { data } = await deleteEndpoint({ variables: { input: { id: endpoint.id } } });
        const payload = data?.deleteWebhookEndpoint;
        if (!payload?.webhookEndpoint || payload.userErrors.length) return { userErrors: payload?.userErrors ?? [] };
        onDone(t('webhooks.deleteDialog.done', { url: endpoint.url }));
        return { done: true };
      }}
    />
  );
}
