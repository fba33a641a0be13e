/** The event types the API knows (apps/api foundation/events/outbox.ts), in the order the form offers them. */
export const EVENT_TYPES = [
  'report.submitted',
  'report.revised',
  'unit.changed',
  'review.finalized',
  'period.closed',
  'ranking.changed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const EVENT_KEYS = {
  'report.submitted': 'reportSubmitted',
  'report.revised': 'reportRevised',
  'unit.changed': 'unitChanged',
  'review.finalized': 'reviewFinalized',
  'period.closed': 'periodClosed',
  'ranking.changed': 'rankingChanged',
} as const;

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** The locale key of an event type (i18next reads "." as a key separator, so the type itself cannot be the key). */
export function eventKey(type: EventType): (typeof EVENT_KEYS)[EventType] {
  return EVENT_KEYS[type];
}

/**
 * The types to offer: the known ones in their order, then any the server lists that this app does not know yet
 * (shown by their raw name).
 */
export function offeredEventTypes(fromServer: readonly string[] | undefined): string[] {
  const known = EVENT_TYPES.filter((type) => !fromServer || fromServer.includes(type));
  const unknown = (fromServer ?? []).filter((type) => !isEventType(type));
  return [...known, ...unknown];
}
