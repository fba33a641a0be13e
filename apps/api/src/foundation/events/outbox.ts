import type { EntityManager } from 'typeorm';

/** The kinds of event other apps can subscribe to, in the order the documentation lists them. */
export const EVENT_TYPES = [
  'report.submitted',
  'report.revised',
  'period.closed',
  'ranking.changed',
  'review.finalized',
  'unit.changed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const isEventType = (value: string): value is EventType => (EVENT_TYPES as readonly string[]).includes(value);

export interface NewEvent {
  type: EventType;
  data: object;
}

/**
 * Writes events inside the caller's transaction: they exist exactly when the change that causes them is committed,
 * so none is lost by a crash after the change and none is invented by a change rolled back. One statement for any
 * number of events.
 */
export async function recordEvents(manager: EntityManager, events: readonly NewEvent[]): Promise<void> {
  if (!events.length) return;
  await manager.query(`INSERT INTO outbox_events (type, data) SELECT * FROM unnest($1::varchar[], $2::jsonb[])`, [
    events.map((event) => event.type),
    events.map((event) => JSON.stringify(event.data)),
  ]);
}
