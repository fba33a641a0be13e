import type { NewEvent } from '../../foundation/events/outbox';

export type UnitChange = 'CREATED' | 'UPDATED' | 'ARCHIVED';

/** The `unit.changed` event: which unit, how, and what it is now (code, name, level, parent, archivedAt). */
export function unitChanged(unitId: string, change: UnitChange, unit: object): NewEvent {
  return { type: 'unit.changed', data: { unitId, change, unit } };
}
