import { Role } from '../../foundation/access/role';
import type { Viewer } from '../../foundation/access/viewer';

/** The units a caller may submit reports for: every unit, one unit and the units under it, or none. */
export type WritableUnits = { kind: 'ALL' } | { kind: 'SUBTREE'; rootId: string } | { kind: 'NONE' };

/**
 * The one rule of who reports for what: admins and write:reports tokens for any unit; a reporter for its own unit
 * and the units under it; anyone else for none. Archived units take no report whoever asks (report-rules).
 */
export function writableUnitsOf(viewer: Viewer): WritableUnits {
  if (viewer.role === Role.ADMIN || viewer.scopes.includes('write:reports')) return { kind: 'ALL' };
  if (viewer.role === Role.REPORTER && viewer.unitId) return { kind: 'SUBTREE', rootId: viewer.unitId };
  return { kind: 'NONE' };
}
