/** The webhooks feature's public entry: what other features may use. */
export { WebhooksScreen } from './components/WebhooksScreen';
export { WebhookDetailScreen } from './components/WebhookDetailScreen';
