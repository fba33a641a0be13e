import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../foundation/access/viewer';
import { recordAudit } from '../../foundation/audit/audit.service';
import { isId } from '../../foundation/database/errors';
import { loadGroupedBy } from '../../foundation/database/request-loaders';
import { checkText, fail, succeed, userError, type Outcome, type Problem } from '../../foundation/errors/problem';
import { EVENT_TYPES, isEventType } from '../../foundation/events/outbox';
import { connectionOf, type Connection, type PageWindow } from '../../foundation/graphql/connection';
import { msg } from '../../foundation/i18n/message';
import type { JobQueue } from '../../foundation/jobs/job-queue';
import { checkWebhookUrl, type UrlVerdict } from './webhook-address';
import { WebhookDeliveryAttemptEntity, WebhookDeliveryEntity, type DeliveryStatus } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { newEndpointSecret } from './webhook-signature';
import { DELIVER_WEBHOOK, type WebhookSettings } from './webhook-settings';

export interface EndpointInput {
  url?: string | null;
  description?: string | null;
  eventTypes?: string[] | null;
}

const MAX_ENDPOINTS = 50;

const noSuchEndpoint = (field: string[]) =>
  userError('NOT_FOUND', field, msg('There is no such webhook endpoint.', 'Không có địa chỉ webhook này.'));

export class WebhooksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: WebhookSettings,
    private readonly jobs: JobQueue | null,
  ) {}

  list(): Promise<WebhookEndpointEntity[]> {
    return this.dataSource.getRepository(WebhookEndpointEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async findById(id: string): Promise<WebhookEndpointEntity | null> {
    return isId(id) ? this.dataSource.getRepository(WebhookEndpointEntity).findOneBy({ id }) : null;
  }

  async create(input: EndpointInput, viewer: Viewer): Promise<Outcome<WebhookEndpointEntity>> {
    const errors = this.check(input, true);
    if (errors.length) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM webhook_endpoints`);
      if (count >= MAX_ENDPOINTS)
        return fail(
          userError(
            'TOO_MANY',
            null,
            msg(
              `At most ${MAX_ENDPOINTS} webhook endpoints can be registered.`,
              `Chỉ đăng ký được tối đa ${MAX_ENDPOINTS} địa chỉ webhook.`,
            ),
          ),
        );
      const saved = await manager.save(
        manager.create(WebhookEndpointEntity, {
          url: (input.url as string).trim(),
          description: input.description?.trim() ?? '',
          eventTypes: [...new Set(input.eventTypes as string[])],
          secret: newEndpointSecret(),
          enabled: true,
          disabledReason: null,
          consecutiveFailures: 0,
          failingSince: null,
          createdBy: viewer.userId,
          updatedAt: new Date(),
        }),
      );
      // Read back: created_at is the database's.
      const endpoint = await manager.findOneByOrFail(WebhookEndpointEntity, { id: saved.id });
      await recordAudit(manager, viewer, {
        action: 'createWebhookEndpoint',
        entityType: 'WebhookEndpoint',
        entityId: endpoint.id,
        before: null,
        after: auditable(endpoint),
      });
      return succeed(endpoint);
    });
  }

  /** Changes what is given; `enabled: true` also sends again what waited while the endpoint was disabled. */
  async update(
    input: EndpointInput & { id: string; enabled?: boolean | null },
    viewer: Viewer,
  ): Promise<Outcome<WebhookEndpointEntity>> {
    const errors = this.check(input, false);
    if (errors.length) return fail(...errors);
    return this.dataSource.transaction(async (manager) => {
      const endpoint = isId(input.id)
        ? await manager.findOne(WebhookEndpointEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!endpoint) return fail(noSuchEndpoint(['input', 'id']));
      const before = auditable(endpoint);
      const enabling = input.enabled === true && !endpoint.enabled;
      if (input.url != null) endpoint.url = input.url.trim();
      if (input.description != null) endpoint.description = input.description.trim();
      if (input.eventTypes != null) endpoint.eventTypes = [...new Set(input.eventTypes)];
      if (input.enabled != null) {
        endpoint.enabled = input.enabled;
        endpoint.disabledReason = input.enabled ? null : 'BY_ADMIN';
        if (enabling) {
          endpoint.consecutiveFailures = 0;
          endpoint.failingSince = null;
        }
      }
      endpoint.updatedAt = new Date();
      await manager.save(endpoint);
      if (enabling) await this.sendPending(manager, endpoint.id);
      await recordAudit(manager, viewer, {
        action: 'updateWebhookEndpoint',
        entityType: 'WebhookEndpoint',
        entityId: endpoint.id,
        before,
        after: auditable(endpoint),
      });
      return succeed(endpoint);
    });
  }

  /** Removes the endpoint with its deliveries; nothing more is sent to it. */
  async delete(id: string, viewer: Viewer): Promise<Outcome<WebhookEndpointEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const endpoint = isId(id) ? await manager.findOneBy(WebhookEndpointEntity, { id }) : null;
      if (!endpoint) return fail(noSuchEndpoint(['input', 'id']));
      await manager.delete(WebhookEndpointEntity, { id });
      await recordAudit(manager, viewer, {
        action: 'deleteWebhookEndpoint',
        entityType: 'WebhookEndpoint',
        entityId: id,
        before: auditable(endpoint),
        after: null,
      });
      return succeed(endpoint);
    });
  }

  /** Sends a delivery again (whatever became of it), as a manual attempt, once the endpoint is enabled. */
  async redeliver(deliveryId: string, viewer: Viewer): Promise<Outcome<WebhookDeliveryEntity>> {
    return this.dataSource.transaction(async (manager) => {
      const delivery = isId(deliveryId)
        ? await manager.findOne(WebhookDeliveryEntity, {
            where: { id: deliveryId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!delivery)
        return fail(
          userError(
            'NOT_FOUND',
            ['input', 'deliveryId'],
            msg('There is no such webhook delivery.', 'Không có lần gửi webhook này.'),
          ),
        );
      delivery.status = 'PENDING';
      delivery.deliveredAt = null;
      await manager.update(WebhookDeliveryEntity, { id: delivery.id }, { status: 'PENDING', deliveredAt: null });
      await this.queue().send(DELIVER_WEBHOOK, { deliveryId: delivery.id, manual: true }, {}, manager);
      await recordAudit(manager, viewer, {
        action: 'redeliverWebhook',
        entityType: 'WebhookDelivery',
        entityId: delivery.id,
        before: null,
        after: { endpointId: delivery.endpointId, eventId: delivery.eventId },
      });
      return succeed(delivery);
    });
  }

  /** An endpoint's deliveries, the newest first, of one status or all. */
  async deliveries(
    endpointId: string,
    status: DeliveryStatus | null,
    window: PageWindow,
  ): Promise<Connection<WebhookDeliveryEntity>> {
    const [rows, total] = await this.dataSource.getRepository(WebhookDeliveryEntity).findAndCount({
      where: { endpointId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: window.offset,
      take: window.limit,
    });
    return connectionOf(rows, window, total);
  }

  private async sendPending(manager: EntityManager, endpointId: string): Promise<void> {
    const pending: { id: string }[] = await manager.query(
      `SELECT id FROM webhook_deliveries WHERE endpoint_id = $1 AND status = 'PENDING'`,
      [endpointId],
    );
    await this.queue().sendMany(
      DELIVER_WEBHOOK,
      pending.map((delivery) => ({ data: { deliveryId: delivery.id } })),
      manager,
    );
  }

  private queue(): JobQueue {
    if (!this.jobs) throw new Error('WebhooksService was made without a job queue');
    return this.jobs;
  }

  private check(input: EndpointInput, creating: boolean): Problem[] {
    const errors: Problem[] = [];
    if (creating || input.url != null) {
      if (!input.url?.trim())
        errors.push(userError('REQUIRED', ['input', 'url'], msg('A URL is required.', 'Cần nhập địa chỉ URL.')));
      else if (input.url.length > 2000)
        errors.push(
          userError(
            'TOO_LONG',
            ['input', 'url'],
            msg('The URL must be at most 2000 characters.', 'Địa chỉ URL dài tối đa 2000 ký tự.'),
          ),
        );
      else errors.push(...urlProblems(checkWebhookUrl(input.url.trim(), this.settings.addresses)));
    }
    if (input.description) errors.push(...checkText(input.description, ['input', 'description'], 'description', 200));
    if (creating || input.eventTypes != null) {
      const types = input.eventTypes ?? [];
      if (!types.length)
        errors.push(
          userError(
            'REQUIRED',
            ['input', 'eventTypes'],
            msg('Choose at least one event type.', 'Hãy chọn ít nhất một loại sự kiện.'),
          ),
        );
      types.forEach((type, i) => {
        if (!isEventType(type))
          errors.push(
            userError(
              'UNKNOWN_EVENT_TYPE',
              ['input', 'eventTypes', String(i)],
              msg(
                `"${type}" is not an event type; use ${EVENT_TYPES.join(', ')}.`,
                `"${type}" không phải là loại sự kiện; hãy dùng ${EVENT_TYPES.join(', ')}.`,
              ),
            ),
          );
      });
    }
    return errors;
  }
}

/** A delivery's attempts, the first first. */
/** A delivery's attempts, the first first: one query for every delivery of a page (not one each). */
export const attemptsByDeliveryId = loadGroupedBy(WebhookDeliveryAttemptEntity, 'deliveryId', {
  attemptedAt: 'ASC',
  id: 'ASC',
});

function urlProblems(verdict: UrlVerdict): Problem[] {
  if (verdict.ok) return [];
  const field = ['input', 'url'];
  switch (verdict.reason) {
    case 'MALFORMED':
      return [userError('INVALID_FORMAT', field, msg('This is not a URL.', 'Đây không phải là một địa chỉ URL.'))];
    case 'SCHEME':
      return [
        userError(
          'URL_NOT_ALLOWED',
          field,
          msg('Only http:// and https:// URLs are allowed.', 'Chỉ cho phép địa chỉ http:// và https://.'),
        ),
      ];
    case 'CREDENTIALS':
      return [
        userError(
          'URL_NOT_ALLOWED',
          field,
          msg(
            'A URL must not hold a user name or password; receivers check the signature instead.',
            'Địa chỉ URL không được chứa tên đăng nhập hay mật khẩu; nơi nhận kiểm tra chữ ký thay vào đó.',
          ),
        ),
      ];
    case 'HOST_NOT_ALLOWED':
      return [
        userError(
          'URL_NOT_ALLOWED',
          field,
          msg(
            'This host is not among the allowed webhook hosts (WEBHOOK_ALLOWED_HOSTS).',
            'Máy chủ này không nằm trong danh sách được phép nhận webhook (WEBHOOK_ALLOWED_HOSTS).',
          ),
        ),
      ];
    case 'INTERNAL_ADDRESS':
      return [
        userError(
          'URL_NOT_ALLOWED',
          field,
          msg(
            'Webhooks are not sent to internal addresses unless the host is in WEBHOOK_ALLOWED_HOSTS.',
            'Không gửi webhook tới địa chỉ nội bộ, trừ khi máy chủ có trong WEBHOOK_ALLOWED_HOSTS.',
          ),
        ),
      ];
  }
}

function auditable(endpoint: WebhookEndpointEntity): object {
  const { url, description, eventTypes, enabled, disabledReason } = endpoint;
  return { url, description, eventTypes, enabled, disabledReason };
}
