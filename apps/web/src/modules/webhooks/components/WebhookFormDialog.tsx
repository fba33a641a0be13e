import { useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { WebhookEndpointFieldsFragment } from '../../../generated/graphql';
import { FieldError, fieldErrorId } from '../../../foundation/ui/components/FieldError';
import { FormErrors } from '../../../foundation/ui/components/FormErrors';
import { Modal } from '../../../foundation/ui/components/Modal';
import { SaveActions } from '../../../foundation/ui/components/SaveActions';
import { TextField } from '../../../foundation/ui/components/TextField';
import { describeRequestError, splitUserErrors, type SplitUserErrors } from '../../../foundation/ui/utils/user-errors';
import { CreateWebhookEndpointMutation } from '../graphql/mutations/create-webhook-endpoint';
import { UpdateWebhookEndpointMutation } from '../graphql/mutations/update-webhook-endpoint';
import { WebhookEndpointsQuery } from '../graphql/queries/webhook-endpoints';
import { eventKey, isEventType, offeredEventTypes } from '../utils/event-types';

const FIELDS = ['url', 'description', 'eventTypes'] as const;
type WebhookField = (typeof FIELDS)[number];
const NO_ERRORS: SplitUserErrors<WebhookField> = { byField: {}, general: [] };

/**
 * Add an endpoint, or edit one (`endpoint`): URL, description and the event types. The server's userErrors (already
 * in the request's language) are shown beside their fields; those of no field above the form.
 */
export function WebhookFormDialog({
  endpoint,
  eventTypes,
  onClose,
}: {
  endpoint?: WebhookEndpointFieldsFragment;
  /** What the server offers (webhookEventTypes); the known types when not known yet. */
  eventTypes?: readonly string[];
  onClose: (message?: string) => void;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [url, setUrl] = useState(endpoint?.url ?? '');
  const [description, setDescription] = useState(endpoint?.description ?? '');
  const [types, setTypes] = useState<string[]>(endpoint?.eventTypes ?? []);
  const [errors, setErrors] = useState(NO_ERRORS);
  const [create, creating] = useMutation(CreateWebhookEndpointMutation);
  const [update, updating] = useMutation(UpdateWebhookEndpointMutation);
  const saving = creating.loading || updating.loading;
  // Types the endpoint has that the server no longer lists stay visible, so they can be unticked.
  const offered = [...new Set([...offeredEventTypes(eventTypes), ...(endpoint?.eventTypes ?? [])])];

  const toggle = (type: string, on: boolean) =>
    setTypes((current) => offered.filter((candidate) => (candidate === type ? on : current.includes(candidate))));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setErrors(NO_ERRORS);
    const fields = { url: url.trim(), description: description.trim(), eventTypes: types };
    try {
      const payload = endpoint
        ? (await update({ variables: { input: { id: endpoint.id, ...fields } } })).data?.updateWebhookEndpoint
        : (await create({ variables: { input: fields } })).data?.createWebhookEndpoint;
      if (payload?.webhookEndpoint && !payload.userErrors.length) {
        if (!endpoint) void client.refetchQueries({ include: [WebhookEndpointsQuery] }).catch(() => undefined);
        onClose(
          endpoint ? t('webhooks.form.updated') : t('webhooks.form.created', { url: payload.webhookEndpoint.url }),
        );
        return;
      }
      const split = splitUserErrors(payload?.userErrors ?? [], FIELDS);
      const hasFieldErrors = Object.keys(split.byField).length > 0;
      const general = split.general.length
        ? split.general
        : [t(hasFieldErrors ? 'webhooks.form.errorSummary' : 'common.unexpectedError')];
      setErrors({ byField: split.byField, general });
    } catch (error) {
      setErrors({ byField: {}, general: [describeRequestError(error, t)] });
    }
  };

  const { byField } = errors;
  return (
    <Modal title={t(endpoint ? 'webhooks.form.editTitle' : 'webhooks.form.createTitle')} onClose={() => onClose()} wide>
      <form className="webhook-form" onSubmit={onSubmit} aria-busy={saving} noValidate>
        <FormErrors messages={errors.general} />
        <TextField
          id="webhook-url"
          label={t('webhooks.form.url')}
          hint={t('webhooks.form.urlHint')}
          value={url}
          onChange={setUrl}
          errors={byField.url}
          required
          autoFocus
        />
        <TextField
          id="webhook-description"
          label={t('webhooks.form.description')}
          hint={t('webhooks.form.descriptionHint')}
          value={description}
          onChange={setDescription}
          errors={byField.description}
        />
        <fieldset
          className="webhook-fieldset"
          aria-invalid={byField.eventTypes ? true : undefined}
          aria-describedby={byField.eventTypes ? fieldErrorId('webhook-event-types') : undefined}
        >
          <legend>
            {t('webhooks.form.eventTypes')} <span className="visually-hidden">({t('common.required')})</span>
          </legend>
          {offered.map((type) => {
            const id = `webhook-type-${type.replace(/\W/g, '-')}`;
            return (
              <div key={type} className="webhook-option">
                <input
                  id={id}
                  type="checkbox"
                  checked={types.includes(type)}
                  onChange={(event) => toggle(type, event.target.checked)}
                  aria-describedby={isEventType(type) ? `${id}-help` : undefined}
                />
                <label htmlFor={id}>
                  {isEventType(type) && `${t(`webhooks.eventTypes.${eventKey(type)}`)} `}
                  <code className="webhook-code">{type}</code>
                </label>
                {isEventType(type) && (
                  <p className="field__hint webhook-option__help" id={`${id}-help`}>
                    {t(`webhooks.eventHelp.${eventKey(type)}`)}
                  </p>
                )}
              </div>
            );
          })}
          <FieldError inputId="webhook-event-types" messages={byField.eventTypes} />
        </fieldset>
        <SaveActions
          saving={saving}
          onCancel={() => onClose()}
          className="webhook-actions"
          submitLabel={endpoint ? undefined : t('webhooks.form.submitCreate')}
          submittingLabel={endpoint ? undefined : t('webhooks.form.submittingCreate')}
        />
      </form>
    </Modal>
  );
}
