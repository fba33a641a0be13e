import http from 'node:http';
import https from 'node:https';
import { guardedLookup, type WebhookAddressPolicy } from './webhook-address';

export interface SendResult {
  /** null when no answer came: refused address, connection error, timeout. */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

const MAX_ERROR_LENGTH = 500;

/**
 * POSTs one signed body. A 2xx answer is success; anything else, a redirect included (never followed: it could
 * lead to an internal address), is a failure with its status. Only a little of the answer is read, so a receiver
 * answering gigabytes costs nothing.
 */
export function postWebhook(
  url: URL,
  body: string,
  headers: Record<string, string>,
  policy: WebhookAddressPolicy,
  timeoutMs: number,
): Promise<SendResult> {
  const started = performance.now();
  const duration = () => Math.round(performance.now() - started);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'ThiDua-Webhooks/1',
        },
        lookup: guardedLookup(policy),
        timeout: timeoutMs,
        agent: false,
      },
      (response) => {
        const statusCode = response.statusCode ?? 0;
        response.destroy();
        const ok = statusCode >= 200 && statusCode < 300;
        resolve({ statusCode, error: ok ? null : `HTTP ${statusCode}`, durationMs: duration() });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) =>
      resolve({ statusCode: null, error: error.message.slice(0, MAX_ERROR_LENGTH), durationMs: duration() }),
    );
    request.end(body);
  });
}
