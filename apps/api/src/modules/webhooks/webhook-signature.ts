import crypto from 'node:crypto';

/**
 * Deliveries are signed the Standard Webhooks way (standardwebhooks.com), so receivers can check them with that
 * project's libraries in many languages: `webhook-id`, `webhook-timestamp` (seconds) and `webhook-signature`
 * (`v1,` + base64 HMAC-SHA256 of `<id>.<timestamp>.<body>` with the secret's bytes). A receiver refuses a timestamp
 * far from its clock (replays) and an id it has seen (repeats).
 */
export const SECRET_PREFIX = 'whsec_';

export function newEndpointSecret(): string {
  return SECRET_PREFIX + crypto.randomBytes(32).toString('base64');
}

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

export function signDelivery(secret: string, id: string, timestamp: Date, body: string): SignedHeaders {
  const seconds = String(Math.floor(timestamp.getTime() / 1000));
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  const signature = crypto.createHmac('sha256', key).update(`${id}.${seconds}.${body}`).digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': seconds, 'webhook-signature': `v1,${signature}` };
}
