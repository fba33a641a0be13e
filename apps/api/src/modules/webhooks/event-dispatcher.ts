import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../foundation/config/logger';
import type { JobQueue } from '../../foundation/jobs/job-queue';
import { DELIVER_WEBHOOK } from './webhook-settings';

/**
 * Turns events of the outbox into deliveries: one per enabled endpoint that wants the event's type, each with a
 * job that sends it. Events, deliveries and jobs change in one transaction, and events are taken with SKIP LOCKED,
 * so several worker processes never dispatch one event twice, and a crash dispatches it again whole, or not at all.
 */
/** Told, inside the dispatching transaction, of the events dispatched (e.g. to start jobs they call for). */
export type DispatchedEventsHook = (
  manager: EntityManager,
  events: readonly { type: string; data: Record<string, unknown> }[],
) => Promise<void>;

export class EventDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly log: Logger,
    private readonly onDispatched: DispatchedEventsHook | null = null,
  ) {}

  /** Dispatches up to `limit` events, oldest first, and wakes this process's sender; answers how many. */
  async dispatchPending(limit = 500): Promise<number> {
    const count = await this.dispatchBatch(limit);
    if (count) this.jobs.wake(DELIVER_WEBHOOK);
    return count;
  }

  private async dispatchBatch(limit: number): Promise<number> {
    // Most seconds there is nothing to do: ask without a transaction (on the embedded database a transaction,
    // however short, makes every other connection wait).
    const [any] = await this.dataSource.query(`SELECT 1 FROM outbox_events WHERE dispatched_at IS NULL LIMIT 1`);
    if (!any) return 0;
    return this.dataSource.transaction(async (manager) => {
      const events: { id: string; type: string; data: Record<string, unknown> }[] = await manager.query(
        `SELECT id, type, data FROM outbox_events WHERE dispatched_at IS NULL ORDER BY position LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (!events.length) return 0;
      const ids = events.map((event) => event.id);
      const deliveries: { id: string }[] = await manager.query(
        `INSERT INTO webhook_deliveries (endpoint_id, event_id)
         SELECT endpoint.id, event.id
         FROM outbox_events event
         JOIN webhook_endpoints endpoint ON endpoint.enabled AND event.type = ANY (endpoint.event_types)
         WHERE event.id = ANY ($1::uuid[])
         ORDER BY event.position
         ON CONFLICT (endpoint_id, event_id) DO NOTHING
         RETURNING id`,
        [ids],
      );
      await this.jobs.sendMany(
        DELIVER_WEBHOOK,
        deliveries.map((delivery) => ({ data: { deliveryId: delivery.id }, key: delivery.id })),
        manager,
      );
      await manager.query(`UPDATE outbox_events SET dispatched_at = now() WHERE id = ANY ($1::uuid[])`, [ids]);
      await this.onDispatched?.(manager, events);
      return events.length;
    });
  }

  /** Dispatches every `intervalMs` (at once again while a full batch was found) until stop(). */
  start(intervalMs: number): void {
    const tick = async () => {
      this.timer = null;
      let count = 0;
      try {
        count = await this.dispatchPending();
      } catch (error) {
        this.log.error({ err: error }, 'dispatching events failed; trying again');
      }
      if (this.stopped) return;
      this.timer = setTimeout(() => (this.running = tick()), count >= 500 ? 0 : intervalMs);
    };
    this.stopped = false;
    this.running = tick();
  }

  private stopped = true;

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
