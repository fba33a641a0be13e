import type { WebhookAddressPolicy } from './webhook-address';

export interface WebhookSettings {
  addresses: WebhookAddressPolicy;
  /** Attempts after the first; with `retryDelaySeconds` 30 the eleventh retry comes about a day after the event. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** How long one attempt waits for an answer. */
  timeoutMs: number;
  /** An endpoint is disabled once it has failed this many attempts in a row over at least this many hours. */
  disableAfter: { failures: number; hours: number };
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  addresses: { allowedHosts: [] },
  retryLimit: 11,
  retryDelaySeconds: 30,
  timeoutMs: 10_000,
  disableAfter: { failures: 20, hours: 24 },
};

/** The job that sends one delivery. */
export const DELIVER_WEBHOOK = 'webhooks.deliver';
