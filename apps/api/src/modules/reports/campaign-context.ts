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
