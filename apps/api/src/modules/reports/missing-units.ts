import type { EntityManager } from 'typeorm';

export interface MissingUnit {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  levelKey: string;
}

/**
 * The active units of the campaign's levels without a report for the period at `at` (a report counts from its
 * first submission, so `at` may be a past instant), by level then code.
 */
export async function missingUnitsAt(
  manager: EntityManager,
  campaign: { id: string; levelIds: readonly string[] },
  periodIndex: number,
  at: Date,
): Promise<MissingUnit[]> {
  const rows: { id: string; code: string; name: string; parent_id: string | null; level_key: string }[] =
    await manager.query(
      `SELECT u.id, u.code, u.name, u.parent_id, l.key AS level_key
       FROM units u JOIN levels l ON l.id = u.level_id
       WHERE u.archived_at IS NULL AND u.level_id = ANY ($2::uuid[])
         AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.campaign_id = $1 AND r.period_index = $3 AND r.unit_id = u.id
                         AND r.first_submitted_at <= $4)
       ORDER BY l.depth, u.code`,
      [campaign.id, campaign.levelIds, periodIndex, at],
    );
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    parentId: row.parent_id,
    levelKey: row.level_key,
  }));
}
