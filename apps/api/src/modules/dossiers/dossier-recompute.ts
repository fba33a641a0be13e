import { DateTime } from 'luxon';
import type { DataSource, EntityManager } from 'typeorm';
import { loadCampaignContext, type CampaignContext } from '../campaigns';
import { writeSubmissions, type Submission } from '../reports';
import { loadIndicatorRecordRules, MEASURE_CONDITION } from './record-rules';

export interface RecomputeSummary {
  /** Campaigns with at least one touched cell. */
  campaigns: number;
  /** (campaign, unit, period) cells recomputed. */
  cells: number;
  created: number;
  revised: number;
  unchanged: number;
}

const CHUNK = 1000;

/**
 * Turns the unit-days queued by imports into reports: for every ACTIVE campaign that feeds a touched unit from
 * records, only the periods overlapping a touched day are recounted, and written with writeSubmissions (source
 * RECORDS), so rankings read them exactly like reported figures. One transaction: the queue is taken and the
 * reports written together, so a failure leaves the queue for the next run.
 */
export async function recomputeDirtyCells(dataSource: DataSource, now: Date = new Date()): Promise<RecomputeSummary> {
  return dataSource.transaction(async (manager) => {
    const summary: RecomputeSummary = { campaigns: 0, cells: 0, created: 0, revised: 0, unchanged: 0 };
    await manager.query(
      'CREATE TEMP TABLE dossier_taken_ranges (unit_id uuid NOT NULL, first_day date NOT NULL, last_day date NOT NULL) ON COMMIT DROP',
    );
    await manager.query(
      'WITH taken AS (DELETE FROM dossier_dirty_ranges RETURNING unit_id, first_day, last_day) INSERT INTO dossier_taken_ranges SELECT * FROM taken',
    );
    const campaigns: { campaign_id: string }[] = await manager.query(
      `SELECT DISTINCT f.campaign_id FROM campaign_record_feeds f JOIN campaigns c ON c.id = f.campaign_id
       WHERE c.status = 'ACTIVE' AND EXISTS (SELECT 1 FROM dossier_taken_ranges t WHERE t.unit_id = f.unit_id)
       ORDER BY f.campaign_id`,
    );
    for (const { campaign_id } of campaigns) {
      const context = (await loadCampaignContext(manager, campaign_id)) as CampaignContext;
      const written = await recomputeCampaign(manager, context, now);
      summary.campaigns += 1;
      summary.cells += written.cells;
      summary.created += written.created;
      summary.revised += written.revised;
      summary.unchanged += written.unchanged;
    }
    await manager.query('DROP TABLE dossier_taken_ranges');
    return summary;
  });
}

interface PeriodRange {
  index: number;
  startsAt: Date;
  endsAt: Date;
  dueAt: Date;
}

async function recomputeCampaign(manager: EntityManager, context: CampaignContext, now: Date) {
  const zone = context.campaign.timeZone;
  const ranges: PeriodRange[] = context.periods.map((period) => ({
    index: period.index,
    startsAt: DateTime.fromISO(period.startDate, { zone }).startOf('day').toJSDate(),
    endsAt: DateTime.fromISO(period.endDate, { zone }).plus({ days: 1 }).startOf('day').toJSDate(),
    dueAt: period.dueAt,
  }));
  // The queue holds UTC days, which straddle local days: every period a touched range overlaps is recounted.
  const cells: { period_index: number; unit_id: string }[] = await manager.query(
    `SELECT DISTINCT p.period_index, t.unit_id
     FROM dossier_taken_ranges t
     JOIN campaign_record_feeds f ON f.unit_id = t.unit_id AND f.campaign_id = $1
     JOIN unnest($2::int[], $3::timestamptz[], $4::timestamptz[]) AS p(period_index, starts_at, ends_at)
       ON p.starts_at < ((t.last_day + 1)::timestamp AT TIME ZONE 'UTC') AND p.ends_at > (t.first_day::timestamp AT TIME ZONE 'UTC')
     ORDER BY p.period_index, t.unit_id`,
    [context.campaign.id, ranges.map((r) => r.index), ranges.map((r) => r.startsAt), ranges.map((r) => r.endsAt)],
  );
  const rules = await loadIndicatorRecordRules(
    manager,
    context.indicators.map((indicator) => indicator.id),
  );
  const measured = context.indicators.filter((indicator) => rules.has(indicator.id));
  // Column pairs n0, d0, n1, d1… of the measured indicators; the conditions come from the fixed vocabulary.
  const columns = measured.map((indicator, i) => {
    const rule = rules.get(indicator.id) as NonNullable<ReturnType<typeof rules.get>>;
    const denominator = MEASURE_CONDITION[rule.denominator];
    return `count(r.unit_id) FILTER (WHERE ${denominator} AND ${MEASURE_CONDITION[rule.numerator]}) AS n${i}, count(r.unit_id) FILTER (WHERE ${denominator}) AS d${i}`;
  });
  const result = { cells: cells.length, created: 0, revised: 0, unchanged: 0 };
  for (const range of ranges) {
    const unitIds = cells.filter((cell) => cell.period_index === range.index).map((cell) => cell.unit_id);
    for (let i = 0; i < unitIds.length; i += CHUNK) {
      const chunk = unitIds.slice(i, i + CHUNK);
      const counts: Record<string, string>[] = await manager.query(
        `SELECT u.unit_id${columns.length ? ', ' + columns.join(', ') : ''}
         FROM unnest($1::uuid[]) AS u(unit_id)
         LEFT JOIN dossier_records r ON r.unit_id = u.unit_id AND r.received_at >= $2 AND r.received_at < $3
         GROUP BY u.unit_id`,
        [chunk, range.startsAt, range.endsAt],
      );
      const submissions: Submission[] = counts.map((row) => ({
        unitId: row.unit_id,
        values: context.indicators.map((indicator) => {
          const position = measured.indexOf(indicator);
          // An indicator with no record rule has no data from records.
          return position < 0
            ? { indicatorId: indicator.id, indicatorCode: indicator.code, numerator: 0, denominator: 0 }
            : {
                indicatorId: indicator.id,
                indicatorCode: indicator.code,
                numerator: Number(row[`n${position}`]),
                denominator: Number(row[`d${position}`]),
              };
        }),
      }));
      // Figures from records are the system's own: never late. Past periods keep their due instant as the time.
      const late = now > range.dueAt;
      const outcomes = await writeSubmissions(
        manager,
        {
          campaignId: context.campaign.id,
          periodIndex: range.index,
          submittedAt: late ? range.dueAt : now,
          backfilled: late,
          source: 'RECORDS',
          submissions,
        },
        null,
      );
      for (const { outcome } of outcomes) {
        if (outcome === 'CREATED') result.created += 1;
        else if (outcome === 'REVISED') result.revised += 1;
        else result.unchanged += 1;
      }
    }
  }
  return result;
}
