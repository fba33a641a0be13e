import type { DataSource, EntityManager } from 'typeorm';
import type { JobDefinition } from '../../foundation/jobs/job-queue';
import { recordAudit } from '../../foundation/audit/audit.service';
import { msg } from '../../foundation/i18n/message';
import { notifyAdmins } from '../notifications';
import { checkWebhookUrl } from './webhook-address';
import { postWebhook, type SendResult } from './webhook-sender';
import { signDelivery } from './webhook-signature';
import { DELIVER_WEBHOOK, type WebhookSettings } from './webhook-settings';

export interface DeliverWebhookData {
  deliveryId: string;
  /** Asked for by an admin: recorded as a manual attempt. */
  manual?: boolean;
}

/** How long one worker keeps a delivery to itself while sending it (longer than any attempt can take). */
const CLAIM_SECONDS = 120;

interface Claimed {
  event_id: string;
  type: string;
  occurred_at: Date;
  data: object;
  endpoint_id: string;
  url: string;
  secret: string;
}

/**
 * Sends one delivery. It is claimed first (a short statement, no transaction held while sending), so two workers
 * never send it at once, and a delivery already made is not sent again: a job run twice sends once. A failure is
 * thrown for pg-boss to retry with back-off; after the last attempt the delivery is FAILED.
 */
export function deliverWebhookJob(
  dataSource: DataSource,
  settings: WebhookSettings,
): JobDefinition<DeliverWebhookData> {
  return {
    name: DELIVER_WEBHOOK,
    retryLimit: settings.retryLimit,
    retryDelaySeconds: settings.retryDelaySeconds,
    expireInSeconds: CLAIM_SECONDS,
    async run({ deliveryId, manual = false }, { lastAttempt }) {
      const [claimed]: Claimed[] = await dataSource.query(
        `WITH claimed AS (
           UPDATE webhook_deliveries d SET claimed_until = now() + make_interval(secs => $2)
           FROM webhook_endpoints e
           WHERE d.id = $1 AND d.status = 'PENDING' AND (d.claimed_until IS NULL OR d.claimed_until < now())
             AND e.id = d.endpoint_id AND e.enabled
           RETURNING d.event_id, d.endpoint_id
         )
         SELECT event.id AS event_id, event.type, event.occurred_at, event.data, endpoint.id AS endpoint_id,
           endpoint.url, endpoint.secret
         FROM claimed
         JOIN outbox_events event ON event.id = claimed.event_id
         JOIN webhook_endpoints endpoint ON endpoint.id = claimed.endpoint_id`,
        [deliveryId, CLAIM_SECONDS],
      );
      if (!claimed) {
        // Delivered or failed already, or its endpoint is disabled (enabling it again sends what is pending): done.
        // Claimed by another worker: that one sends it; but if its claim lapses (a crash) this job must not end,
        // so it fails and is retried after the claim.
        const [busy] = await dataSource.query(
          `SELECT 1 FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id AND e.enabled
           WHERE d.id = $1 AND d.status = 'PENDING'`,
          [deliveryId],
        );
        if (busy) throw new Error(`delivery ${deliveryId} is being sent by another worker`);
        return;
      }
      const attemptedAt = new Date();
      const result = await send(claimed, attemptedAt, settings);
      const failed = result.error !== null;
      try {
        await dataSource.transaction((manager) =>
          record(manager, deliveryId, claimed, { attemptedAt, result, manual, final: failed && lastAttempt }, settings),
        );
      } catch (error) {
        await dataSource.query(`UPDATE webhook_deliveries SET claimed_until = NULL WHERE id = $1`, [deliveryId]);
        throw error;
      }
      if (failed) throw new Error(`delivery ${deliveryId} failed: ${result.error}`);
    },
  };
}

async function send(claimed: Claimed, at: Date, settings: WebhookSettings): Promise<SendResult> {
  const verdict = checkWebhookUrl(claimed.url, settings.addresses);
  if (!verdict.ok) return { statusCode: null, error: `URL refused: ${verdict.reason}`, durationMs: 0 };
  const body = JSON.stringify({
    id: claimed.event_id,
    type: claimed.type,
    occurredAt: new Date(claimed.occurred_at).toISOString(),
    data: claimed.data,
  });
  const headers = signDelivery(claimed.secret, claimed.event_id, at, body);
  return postWebhook(verdict.url, body, { ...headers }, settings.addresses, settings.timeoutMs);
}

interface Attempt {
  attemptedAt: Date;
  result: SendResult;
  manual: boolean;
  /** A failure after which no retry comes. */
  final: boolean;
}

async function record(
  manager: EntityManager,
  deliveryId: string,
  claimed: Claimed,
  { attemptedAt, result, manual, final }: Attempt,
  settings: WebhookSettings,
): Promise<void> {
  const ok = result.error === null;
  await manager.query(
    `INSERT INTO webhook_delivery_attempts (delivery_id, attempted_at, status_code, error, duration_ms, manual)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [deliveryId, attemptedAt, result.statusCode, result.error, result.durationMs, manual],
  );
  await manager.query(
    `UPDATE webhook_deliveries SET attempts = attempts + 1, claimed_until = NULL, last_attempt_at = $2::timestamptz,
       last_status_code = $3, last_error = $4, status = $5, delivered_at = CASE WHEN $6::boolean THEN $2::timestamptz END
     WHERE id = $1`,
    [deliveryId, attemptedAt, result.statusCode, result.error, ok ? 'DELIVERED' : final ? 'FAILED' : 'PENDING', ok],
  );
  if (ok) {
    await manager.query(`UPDATE webhook_endpoints SET consecutive_failures = 0, failing_since = NULL WHERE id = $1`, [
      claimed.endpoint_id,
    ]);
    return;
  }
  const [endpoint]: { consecutive_failures: number; failing_since: Date; enabled: boolean; url: string }[] =
    await manager.query(
      `WITH counted AS (
         UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1,
           failing_since = coalesce(failing_since, $2::timestamptz)
         WHERE id = $1 RETURNING consecutive_failures, failing_since, enabled, url
       ) SELECT * FROM counted`,
      [claimed.endpoint_id, attemptedAt],
    );
  const failingHours = (attemptedAt.getTime() - new Date(endpoint.failing_since).getTime()) / 3_600_000;
  if (
    endpoint.enabled &&
    endpoint.consecutive_failures >= settings.disableAfter.failures &&
    failingHours >= settings.disableAfter.hours
  ) {
    await disableFailingEndpoint(manager, claimed.endpoint_id, endpoint.url, endpoint.consecutive_failures);
  }
}

async function disableFailingEndpoint(
  manager: EntityManager,
  endpointId: string,
  url: string,
  failures: number,
): Promise<void> {
  await manager.query(
    `UPDATE webhook_endpoints SET enabled = false, disabled_reason = 'FAILING', updated_at = now() WHERE id = $1`,
    [endpointId],
  );
  await recordAudit(manager, null, {
    action: 'disableWebhookEndpoint',
    entityType: 'WebhookEndpoint',
    entityId: endpointId,
    before: { enabled: true },
    after: { enabled: false, disabledReason: 'FAILING', consecutiveFailures: failures },
  });
  await notifyAdmins(manager, {
    kind: 'WEBHOOK_DISABLED',
    title: msg('A webhook endpoint was disabled', 'Một địa chỉ webhook đã bị tắt'),
    body: msg(
      `${url} failed ${failures} times in a row and was disabled. Fix the receiver, then enable it again: ` +
        'what was not delivered is sent then.',
      `${url} lỗi ${failures} lần liên tiếp nên đã bị tắt. Hãy sửa nơi nhận rồi bật lại: ` +
        'các sự kiện chưa gửi được sẽ được gửi khi đó.',
    ),
    link: `/webhooks/${endpointId}`,
  });
}
