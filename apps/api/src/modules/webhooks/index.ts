/** What the composition root uses of webhooks; everything else in this folder is its own. */
export { EventDispatcher } from './event-dispatcher';
export { deliverWebhookJob } from './webhook-delivery.job';
export { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './webhook-settings';
export { WebhookDeliveryResolver, WebhooksResolver, type WebhookServices } from './webhooks.resolver';
