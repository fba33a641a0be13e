import { buildPeriods, type Period } from '@thidua/domain';
import type { EntityManager } from 'typeorm';
import { entityFromJson } from '../../foundation/database/entity-from-json';
import { isId } from '../../foundation/database/errors';
import { CampaignEntity } from './campaign.entity';
import { IndicatorEntity } from '../indicators';
import { LevelEntity } from '../levels';

/** What a report is checked against: the campaign, its periods, its indicators in order and its levels. */
export interface CampaignContext {
  campaign: CampaignEntity;
  periods: Period[];
  indicators: IndicatorEntity[];
  /** Indicator code → weight in the score. */
  weights: Record<string, number>;
  levelIds: Set<string>;
  levels: LevelEntity[];
}

/**
 * The columns of a statement over `campaigns c` that read a campaign's context in one go: the campaign, its
 * indicators with their weights in order, and its levels, as JSON (see contextOf). Other statements add columns
 * of their own to it (the ranking's read adds its target set).
 */
export const CAMPAIGN_CONTEXT_COLUMNS = `
  row_to_json(c.*) AS campaign,
  coalesce((SELECT json_agg(json_build_object('indicator', row_to_json(i.*), 'weight', link.weight) ORDER BY link.position)
            FROM campaign_indicators link JOIN indicators i ON i.id = link.indicator_id WHERE link.campaign_id = c.id), '[]') AS indicators,
  coalesce((SELECT json_agg(row_to_json(level.*) ORDER BY level.depth, level.key)
            FROM campaign_levels link JOIN levels level ON level.id = link.level_id WHERE link.campaign_id = c.id), '[]') AS levels`;

export interface CampaignContextRow {
  campaign: Record<string, unknown>;
  indicators: { indicator: Record<string, unknown>; weight: number }[];
  levels: Record<string, unknown>[];
}

/** The campaign's context in one statement; null when there is no such campaign. Any manager, a transaction's too. */
export async function loadCampaignContext(manager: EntityManager, campaignId: string): Promise<CampaignContext | null> {
  if (!isId(campaignId)) return null;
  const [row] = (await manager.query(`SELECT ${CAMPAIGN_CONTEXT_COLUMNS} FROM campaigns c WHERE c.id = $1`, [
    campaignId,
  ])) as CampaignContextRow[];
  return row ? contextOf(manager, row) : null;
}

/** A campaign's context from the columns of CAMPAIGN_CONTEXT_COLUMNS. */
export function contextOf(manager: EntityManager, row: CampaignContextRow): CampaignContext {
  const campaign = entityFromJson(manager, CampaignEntity, row.campaign);
  const indicators = row.indicators.map((link) => entityFromJson(manager, IndicatorEntity, link.indicator));
  const weights = Object.fromEntries(row.indicators.map((link, i) => [indicators[i].code, Number(link.weight)]));
  const levels = row.levels.map((level) => entityFromJson(manager, LevelEntity, level));
  return {
    campaign,
    periods: periodsOf(campaign),
    indicators,
    weights,
    levelIds: new Set(levels.map((level) => level.id)),
    levels,
  };
}

const periodCache = new Map<string, readonly Period[]>();

/**
 * buildPeriods remembered by schedule: a pure function of five columns, but time-zone arithmetic makes it cost
 * about 2 ms, as much as the rest of a small ranking's reads. The periods are shared: read them, never change them.
 */
function periodsOf(campaign: CampaignEntity): Period[] {
  const key = [campaign.startDate, campaign.endDate, campaign.timeZone, campaign.dueWeekday, campaign.dueTime].join(
    '|',
  );
  let periods = periodCache.get(key);
  if (!periods) {
    periods = Object.freeze(buildPeriods(campaign).map((period) => Object.freeze(period)));
    if (periodCache.size >= 100) periodCache.delete(periodCache.keys().next().value as string);
    periodCache.set(key, periods);
  }
  return periods as Period[];
}
