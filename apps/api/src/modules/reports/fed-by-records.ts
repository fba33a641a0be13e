import type { EntityManager } from 'typeorm';
import { userError, type Problem } from '../../foundation/errors/problem';

/**
 * A unit a campaign feeds from records does not report by hand in it: its reports are rewritten by every recompute.
 * One error per unit given, at the field `fieldOf` names.
 */
export async function checkNotFedByRecords(
  manager: EntityManager,
  campaignId: string,
  units: { id: string; name: string }[],
  fieldOf: (unitId: string) => string[],
): Promise<Problem[]> {
  if (!units.length) return [];
  const fed: { unit_id: string }[] = await manager.query(
    'SELECT unit_id FROM campaign_record_feeds WHERE campaign_id = $1 AND unit_id = ANY($2::uuid[])',
    [campaignId, units.map((unit) => unit.id)],
  );
  const fedIds = new Set(fed.map((row) => row.unit_id));
  return units
    .filter((unit) => fedIds.has(unit.id))
    .map((unit) =>
      userError(
        'FED_BY_RECORDS',
        fieldOf(unit.id),
        `${unit.name}'s figures in this campaign come from dossier records; it does not report by hand.`,
      ),
    );
}
