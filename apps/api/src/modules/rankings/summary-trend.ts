import { cumulationWindow, lastDuePeriodIndex } from '@thidua/domain';
import type { DataSource } from 'typeorm';
import { entityFromJson } from '../../foundation/database/entity-from-json';
import { isId } from '../../foundation/database/errors';
import { badInput } from '../../foundation/errors/refusal';
import { CAMPAIGN_CONTEXT_COLUMNS, contextOf, type CampaignContextRow, NO_SUCH_CAMPAIGN } from '../campaigns';
import { TargetEntity } from '../targets';
import { summarizeLevelSums, type LevelSums, type LevelSummaryData } from './level-summary';
import { msg } from '../../foundation/i18n/message';

export interface SummaryTrendQuery {
  campaignId: string;
  /** The last period summarised; the last one past due when absent (as `summary`'s default). */
  throughPeriod?: number | null;
  targetSetKey?: string | null;
}

/** The summary as of each period 1..throughPeriod, in the order of the periods. */
export interface PeriodSummaryData {
  asOfPeriod: number;
  levels: LevelSummaryData[];
}

/** As long as a target set's key may be (TargetSetInput.key). */
const MAX_SET_KEY_LENGTH = 40;

/**
 * The summary of every period 1..throughPeriod from one statement: the campaign's context, the target set and its
 * targets, the active units counted per level, and N and D summed per level, indicator and period. Each period's
 * summary then cumulates those sums (to the period, and over its pace window) in memory: the same figures as
 * `summary` asked once per period, whatever the number of periods and units.
 */
export async function loadSummaryTrend(
  dataSource: DataSource,
  query: SummaryTrendQuery,
  now: Date,
): Promise<PeriodSummaryData[]> {
  if (!isId(query.campaignId)) throw badInput(NO_SUCH_CAMPAIGN);
  if (query.targetSetKey && query.targetSetKey.length > MAX_SET_KEY_LENGTH)
    throw badInput(
      msg(
        `targetSetKey is at most ${MAX_SET_KEY_LENGTH} characters.`,
        `targetSetKey dài tối đa ${MAX_SET_KEY_LENGTH} ký tự.`,
      ),
    );
  if (query.throughPeriod !== null && query.throughPeriod !== undefined && query.throughPeriod < 1)
    throw badInput(msg('throughPeriod must be 1 or more.', 'throughPeriod phải từ 1 trở lên.'));
  const manager = dataSource.manager;
  // Sums of later periods are not read when the period is given; without it, it is known once the periods are.
  const [row] = (await dataSource.query(SUMMARY_TREND_SQL, [
    query.campaignId,
    query.targetSetKey ?? null,
    query.throughPeriod ?? 2_147_483_647,
  ])) as SummaryTrendRow[];
  if (!row) throw badInput(NO_SUCH_CAMPAIGN);
  const context = contextOf(manager, row);
  const periodCount = context.periods.length;
  const through = query.throughPeriod ?? lastDuePeriodIndex(context.periods, now) ?? 1;
  if (through > periodCount)
    throw badInput(
      msg(
        `throughPeriod must be a period of this campaign, 1 to ${periodCount}.`,
        `throughPeriod phải là một kỳ báo cáo của chiến dịch, từ 1 đến ${periodCount}.`,
      ),
    );
  if (!row.target_set)
    throw badInput(
      query.targetSetKey
        ? msg(
            `This campaign has no target set "${query.targetSetKey}".`,
            `Chiến dịch không có bộ chỉ tiêu "${query.targetSetKey}".`,
          )
        : msg('This campaign has no target set yet.', 'Chiến dịch chưa có bộ chỉ tiêu nào.'),
    );
  const targets = (row.targets ?? []).map((target) => entityFromJson(manager, TargetEntity, target));
  const levelKeyOf = new Map(context.levels.map((level) => [level.id, level.key]));
  const codeOf = new Map(context.indicators.map((indicator) => [indicator.id, indicator.code]));
  const unitCounts = new Map(row.unit_counts.map(([levelId, count]) => [levelKeyOf.get(levelId) ?? '', count]));
  // cumulated[level][code][p] = [N, D] summed over periods 1..p (p = 0: nothing yet).
  const cumulated = new Map<string, Map<string, [number, number][]>>();
  for (const level of context.levels) {
    cumulated.set(level.key, new Map(context.indicators.map((indicator) => [indicator.code, zeros(through + 1)])));
  }
  for (const [levelId, indicatorId, period, numerator, denominator] of row.sums) {
    const code = codeOf.get(indicatorId);
    const byCode = cumulated.get(levelKeyOf.get(levelId) ?? '');
    if (!code || !byCode || period < 1 || period > through) continue;
    const cell = (byCode.get(code) as [number, number][])[period];
    cell[0] += numerator;
    cell[1] += denominator;
  }
  for (const byCode of cumulated.values()) {
    for (const sums of byCode.values()) {
      for (let p = 1; p <= through; p++) {
        sums[p][0] += sums[p - 1][0];
        sums[p][1] += sums[p - 1][1];
      }
    }
  }
  const trend: PeriodSummaryData[] = [];
  for (let asOfPeriod = 1; asOfPeriod <= through; asOfPeriod++) {
    const before = cumulationWindow(asOfPeriod).paceFrom - 1;
    const sums = new Map<string, LevelSums>();
    for (const level of context.levels) {
      const figures: LevelSums['figures'] = {};
      for (const [code, totals] of cumulated.get(level.key) ?? []) {
        const [numerator, denominator] = totals[asOfPeriod];
        figures[code] = {
          numerator,
          denominator,
          paceNumerator: numerator - totals[before][0],
          paceDenominator: denominator - totals[before][1],
        };
      }
      sums.set(level.key, { unitCount: unitCounts.get(level.key) ?? 0, figures });
    }
    trend.push({
      asOfPeriod,
      levels: summarizeLevelSums({ context, asOfPeriod, levels: context.levels, targets }, sums),
    });
  }
  return trend;
}

function zeros(count: number): [number, number][] {
  return Array.from({ length: count }, () => [0, 0]);
}

interface SummaryTrendRow extends CampaignContextRow {
  target_set: Record<string, unknown> | null;
  targets: Record<string, unknown>[] | null;
  /** Level id, its active units. */
  unit_counts: [string, number][];
  /** Level id, indicator id, period, N and D of that period summed over the level's active units. */
  sums: [string, string, number, number, number][];
}

/**
 * Campaign $1's context, the target set asked for ($2, else the primary one) with its targets, the active units of
 * the campaign's levels counted per level, and their reports' N and D of periods 1..$3 summed per level, indicator
 * and period (float8: exact, see RANKING_SQL in ranking-data.ts). The same units and reports as a summary's.
 */
const SUMMARY_TREND_SQL = `
  WITH cohort AS (
    SELECT u.id, u.level_id FROM units u
    WHERE u.archived_at IS NULL AND u.level_id IN (SELECT level_id FROM campaign_levels WHERE campaign_id = $1)
  ),
  sums AS (
    SELECT m.level_id, v.indicator_id, r.period_index,
           sum(v.numerator::float8) AS n, sum(v.denominator::float8) AS d
    FROM reports r JOIN report_values v ON v.report_id = r.id JOIN cohort m ON m.id = r.unit_id
    WHERE r.campaign_id = $1 AND r.period_index <= $3
    GROUP BY m.level_id, v.indicator_id, r.period_index
  )
  SELECT ${CAMPAIGN_CONTEXT_COLUMNS},
         row_to_json(s.*) AS target_set,
         (SELECT json_agg(row_to_json(t.*)) FROM targets t WHERE t.target_set_id = s.id) AS targets,
         (SELECT coalesce(json_agg(json_build_array(k.level_id, k.units)), '[]')
          FROM (SELECT level_id, count(*)::int AS units FROM cohort GROUP BY level_id) k) AS unit_counts,
         (SELECT coalesce(json_agg(json_build_array(level_id, indicator_id, period_index, n, d)), '[]')
          FROM sums) AS sums
  FROM campaigns c
  LEFT JOIN target_sets s ON s.campaign_id = c.id AND CASE WHEN $2::text IS NULL THEN s.is_primary ELSE s.key = $2 END
  WHERE c.id = $1`;
