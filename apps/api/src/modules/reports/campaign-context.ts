import { buildPeriods, type Period } from '@thidua/domain';
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { isId } from '../../database/errors';
import { CampaignEntity, CampaignIndicatorEntity, CampaignLevelEntity } from '../campaigns/campaign.entity';
import { IndicatorEntity } from '../indicators/indicator.entity';

/** What a report is checked against: the campaign, its periods, its indicators in order and its levels. */
export interface CampaignContext {
  campaign: CampaignEntity;
  periods: Period[];
  indicators: IndicatorEntity[];
  /** Indicator code → weight in the score. */
  weights: Record<string, number>;
  levelIds: Set<string>;
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
 * The same context in one round trip: the campaign, its indicators with their weights and positions, and its levels
 * read side by side (not for a transaction's manager, whose queries run one at a time anyway).
 */
export async function readCampaignContext(manager: EntityManager, campaignId: string): Promise<CampaignContext | null> {
  if (!isId(campaignId)) return null;
  const [campaign, links, found, levelLinks] = await Promise.all([
    manager.findOneBy(CampaignEntity, { id: campaignId }),
    manager.find(CampaignIndicatorEntity, { where: { campaignId }, order: { position: 'ASC' } }),
    manager
      .createQueryBuilder(IndicatorEntity, 'indicator')
      .where('indicator.id IN (SELECT indicator_id FROM campaign_indicators WHERE campaign_id = :campaignId)', { campaignId })
      .getMany(),
    manager.findBy(CampaignLevelEntity, { campaignId }),
  ]);
  if (!campaign) return null;
  const indicators = links.map((link) => found.find((indicator) => indicator.id === link.indicatorId) as IndicatorEntity);
  const weights = Object.fromEntries(links.map((link, i) => [indicators[i].code, link.weight]));
  return { campaign, periods: buildPeriods(campaign), indicators, weights, levelIds: new Set(levelLinks.map((link) => link.levelId)) };
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
