import type { EntityManager } from 'typeorm';

/**
 * What a record can count as, a fixed vocabulary (no free SQL in configuration). A record counts in the period of
 * its receipt; an indicator's numerator counts the records that match both its numerator and its denominator
 * measure, so that numerator ≤ denominator holds whatever the configuration.
 */
export const RECORD_MEASURES = [
  'RECEIVED',
  'RESOLVED',
  'RESOLVED_ONLINE',
  'DIGITISED',
  'FEE_REQUIRED',
  'PAID_ONLINE',
] as const;
export type RecordMeasure = (typeof RECORD_MEASURES)[number];

/** The SQL condition of each measure over dossier_records (alias r); constants, never built from input. */
export const MEASURE_CONDITION: Record<RecordMeasure, string> = {
  RECEIVED: 'true',
  RESOLVED: 'r.resolved_at IS NOT NULL',
  RESOLVED_ONLINE: 'r.resolved_online',
  DIGITISED: 'r.digitised',
  FEE_REQUIRED: 'r.fee_required',
  PAID_ONLINE: 'r.paid_online',
};

export interface IndicatorRecordRule {
  indicatorId: string;
  numerator: RecordMeasure;
  denominator: RecordMeasure;
}

/** The rules of the Cà Mau indicators (docs/domain.md §1), by indicator code. */
export const CA_MAU_RECORD_RULES: Record<string, Pick<IndicatorRecordRule, 'numerator' | 'denominator'>> = {
  ONLINE_RESOLUTION: { numerator: 'RESOLVED_ONLINE', denominator: 'RECEIVED' },
  DIGITIZATION: { numerator: 'DIGITISED', denominator: 'RESOLVED' },
  ONLINE_PAYMENT: { numerator: 'PAID_ONLINE', denominator: 'FEE_REQUIRED' },
};

export function isRecordMeasure(value: string): value is RecordMeasure {
  return (RECORD_MEASURES as readonly string[]).includes(value);
}

export async function setIndicatorRecordRule(manager: EntityManager, rule: IndicatorRecordRule): Promise<void> {
  await manager.query(
    `INSERT INTO indicator_record_rules (indicator_id, numerator, denominator) VALUES ($1, $2, $3)
     ON CONFLICT (indicator_id) DO UPDATE SET numerator = EXCLUDED.numerator, denominator = EXCLUDED.denominator, updated_at = now()`,
    [rule.indicatorId, rule.numerator, rule.denominator],
  );
}

export async function loadIndicatorRecordRules(
  manager: EntityManager,
  indicatorIds: string[],
): Promise<Map<string, IndicatorRecordRule>> {
  const rows: { indicator_id: string; numerator: RecordMeasure; denominator: RecordMeasure }[] = await manager.query(
    'SELECT indicator_id, numerator, denominator FROM indicator_record_rules WHERE indicator_id = ANY($1::uuid[])',
    [indicatorIds],
  );
  return new Map(
    rows.map((row) => [
      row.indicator_id,
      { indicatorId: row.indicator_id, numerator: row.numerator, denominator: row.denominator },
    ]),
  );
}

/**
 * Makes the units' figures in the campaign come from records (`fed` true) or from their own reports (false).
 * Newly fed units have every day of the campaign queued (a day either side: the queue is in UTC days), so that the next
 * recompute writes their reports.
 */
export async function setCampaignRecordFeeds(
  manager: EntityManager,
  campaignId: string,
  unitIds: string[],
  fed: boolean,
): Promise<void> {
  if (!fed) {
    await manager.query('DELETE FROM campaign_record_feeds WHERE campaign_id = $1 AND unit_id = ANY($2::uuid[])', [
      campaignId,
      unitIds,
    ]);
    return;
  }
  await manager.query(
    `WITH added AS (
       INSERT INTO campaign_record_feeds (campaign_id, unit_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING unit_id
     )
     INSERT INTO dossier_dirty_ranges (unit_id, first_day, last_day)
     SELECT a.unit_id, c.start_date - 1, c.end_date + 1 FROM added a, campaigns c WHERE c.id = $1`,
    [campaignId, unitIds],
  );
}
