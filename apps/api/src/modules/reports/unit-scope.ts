import type { EntityManager } from 'typeorm';
import { isId } from '../../foundation/database/errors';

/** True when `unitId` is `rootId` or lies under it: the units a reporter of `rootId` may report for. */
export async function isInSubtree(manager: EntityManager, rootId: string, unitId: string): Promise<boolean> {
  if (!isId(unitId)) return false;
  const rows: unknown[] = await manager.query(
    `WITH RECURSIVE ancestors(id, parent_id) AS (
       SELECT id, parent_id FROM units WHERE id = $1
       UNION SELECT u.id, u.parent_id FROM units u JOIN ancestors a ON u.id = a.parent_id
     ) SELECT 1 FROM ancestors WHERE id = $2`,
    [unitId, rootId],
  );
  return rows.length > 0;
}
