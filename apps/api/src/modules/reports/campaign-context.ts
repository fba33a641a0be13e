import { buildPeriods, type Period } from '@thidua/domain';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { isId } from '../../database/errors';
import { CampaignEntity, CampaignIndicatorEntity, CampaignLevelEntity } from '../campaigns/campaign.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { LevelEntity } from '../levels/level.entity';

/** What a report is checked against: the campaign, its periods, its indicators in order and its levels. */
export interface CampaignContext {
  campaign: CampaignEntity;
  periods: Period[];
  indicators: IndicatorEntity[];
  /** Indicator code → weight in the score. */
  weights: Record<string, number>;
  levelIds: Set<string>;
  /** The levels themselves, when read with readCampaignContext. */
  levels?: LevelEntity[];
}

export async function loadCampaignContext(manager: EntityManager, campaignId: string): Promise<CampaignContext | null> {
  const campaign = isId(campaignId) ? await manager.findOneBy(CampaignEntity, { id: campaignId }) : null;
  if (!campaign) return null;
  const links = await manager.find(CampaignIndicatorEntity, { where: { campaignId }, order: { position: 'ASC' } });
  const found = links.length ? await manager.findBy(IndicatorEntity, { id: In(links.map((link) => link.indicatorId)) }) : [];
  const indicators = links.map((link) => found.find((indicator) => indicator.id === link.indicatorId) as IndicatorEntity);
  const levelIds = new Set((await manager.findBy(CampaignLevelEntity, { campaignId })).map((link) => link.levelId));
  const weights = Object.fromEntries(links.map((link, i) => [indicators[i].code, link.weight]));
  return { campaign, periods: buildPeriods(campaign), indicators, weights, levelIds };
}

/**
 * The same context in one round trip of three queries run side by side: the campaign, its indicators with their
 * weights in order, and its levels (also given whole, as `levels`). Not for a transaction's manager, whose queries
 * run one at a time anyway.
 */
export async function readCampaignContext(manager: EntityManager, campaignId: string): Promise<CampaignContext | null> {
  if (!isId(campaignId)) return null;
  const [campaign, indicatorRows, levels] = await Promise.all([
    manager.findOneBy(CampaignEntity, { id: campaignId }),
    manager
      .createQueryBuilder(IndicatorEntity, 'indicator')
      .innerJoin(CampaignIndicatorEntity, 'link', 'link.indicator_id = indicator.id AND link.campaign_id = :campaignId', { campaignId })
      .addSelect(['link.position', 'link.weight'])
      .getRawAndEntities<{ indicator_id: string; link_position: number; link_weight: string }>(),
    manager
      .createQueryBuilder(LevelEntity, 'level')
      .innerJoin(CampaignLevelEntity, 'link', 'link.level_id = level.id AND link.campaign_id = :campaignId', { campaignId })
      .getMany(),
  ]);
  if (!campaign) return null;
  const links = [...indicatorRows.raw].sort((a, b) => a.link_position - b.link_position);
  const byId = new Map(indicatorRows.entities.map((indicator) => [indicator.id, indicator]));
  const indicators = links.map((link) => byId.get(link.indicator_id) as IndicatorEntity);
  const weights = Object.fromEntries(links.map((link, i) => [indicators[i].code, Number(link.link_weight)]));
  return { campaign, periods: periodsOf(campaign), indicators, weights, levelIds: new Set(levels.map((level) => level.id)), levels };
}

const periodCache = new Map<string, readonly Period[]>();

/**
 * buildPeriods remembered by schedule: a pure function of five columns, but time-zone arithmetic makes it cost
 * about 2 ms, as much as the rest of a small ranking's reads. The periods are shared: read them, never change them.
 */
function periodsOf(campaign: CampaignEntity): Period[] {
  const key = [campaign.startDate, campaign.endDate, campaign.timeZone, campaign.dueWeekday, campaign.dueTime].join('|');
  let periods = periodCache.get(key);
  if (!periods) {
    periods = Object.freeze(buildPeriods(campaign).map((period) => Object.freeze(period)));
    if (periodCache.size >= 100) periodCache.delete(periodCache.keys().next().value as string);
    periodCache.set(key, periods);
  }
  return periods as Period[];
}

const perRequest = new WeakMap<object, Map<string, Promise<CampaignContext | null>>>();

/** The campaign context read once per request: `request` is the request's GraphQL context (or any object of its lifetime). */
export function campaignContextOf(request: object, manager: EntityManager, campaignId: string): Promise<CampaignContext | null> {
  let contexts = perRequest.get(request);
  if (!contexts) {
    contexts = new Map();
    perRequest.set(request, contexts);
  }
  let context = contexts.get(campaignId);
  if (!context) {
    context = readCampaignContext(manager, campaignId);
    contexts.set(campaignId, context);
  }
  return context;
}
