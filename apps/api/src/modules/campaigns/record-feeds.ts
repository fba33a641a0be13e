import type { EntityManager } from 'typeorm';

/**
 * Which of these units a campaign feeds from dossier records (the campaign's record feeds, set by the dossiers
 * feature): their figures are rewritten by every recompute, so they do not report by hand.
 */
export async function unitsFedByRecords(
  manager: EntityManager,
  campaignId: string,
  unitIds: readonly string[],
): Promise<Set<string>> {
  if (!unitIds.length) return new Set();
  const fed: { unit_id: string }[] = await manager.query(
    'SELECT unit_id FROM campaign_record_feeds WHERE campaign_id = $1 AND unit_id = ANY($2::uuid[])',
    [campaignId, [...unitIds]],
  );
  return new Set(fed.map((row) => row.unit_id));
}
