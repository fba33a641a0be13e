import { CampaignPublicationEntity } from '../../modules/public-scoreboard/campaign-publication.entity';
import { type TargetSet } from '@thidua/domain';
import {
  CA_MAU_CAMPAIGN_NAME,
  CA_MAU_CAMPAIGN_TARGETS,
  CA_MAU_DEMO_RULES,
  CA_MAU_INDICATORS,
  CA_MAU_PLAN_2023_TARGETS,
  CA_MAU_SCHEDULE,
  CA_MAU_SCORING,
} from '@thidua/domain/fixtures';
import type { EntityManager } from 'typeorm';
import { DEFAULT_STORED_LEGEND } from '../../modules/campaigns/campaign-rules';
import { CampaignEntity, CampaignIndicatorEntity, CampaignLevelEntity } from '../../modules/campaigns/campaign.entity';
import { IndicatorEntity } from '../../modules/indicators/indicator.entity';
import { RuleEntity } from '../../modules/rules/rule.entity';
import { TargetEntity, TargetSetEntity } from '../../modules/targets/target.entity';

/** What each Cà Mau indicator counts (docs/domain.md §1). */
const LABELS: Record<string, { numeratorLabel: string; denominatorLabel: string; description: string }> = {
  ONLINE_RESOLUTION: {
    numeratorLabel: 'Hồ sơ giải quyết trực tuyến',
    denominatorLabel: 'Hồ sơ tiếp nhận',
    description: 'Số hồ sơ thủ tục hành chính giải quyết trực tuyến trên tổng số hồ sơ tiếp nhận.',
  },
  DIGITIZATION: {
    numeratorLabel: 'Hồ sơ số hóa thành phần và kết quả',
    denominatorLabel: 'Hồ sơ đã giải quyết',
    description: 'Số hồ sơ được số hóa thành phần hồ sơ và kết quả giải quyết trên tổng số hồ sơ đã giải quyết.',
  },
  ONLINE_PAYMENT: {
    numeratorLabel: 'Hồ sơ thanh toán trực tuyến',
    denominatorLabel: 'Hồ sơ có phí, lệ phí, nghĩa vụ tài chính',
    description: 'Số hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có nghĩa vụ tài chính.',
  },
};

/**
 * The three indicators and the 69-day campaign, ACTIVE, with its two target sets (campaign primary, plan-2023) and the
 * demo rules.
 */
/** The demo campaign's public scoreboard: /cong-khai/chien-dich-69-ngay-dem-2023. */
export const DEMO_PUBLIC_SLUG = 'chien-dich-69-ngay-dem-2023';

export async function insertDemoCampaign(
  manager: EntityManager,
  levelIds: Map<string, string>,
): Promise<CampaignEntity> {
  const indicators = await manager.save(
    CA_MAU_INDICATORS.map((indicator) =>
      manager.create(IndicatorEntity, { code: indicator.code, name: indicator.name, ...LABELS[indicator.code] }),
    ),
  );
  const campaign = await manager.save(
    manager.create(CampaignEntity, {
      name: CA_MAU_CAMPAIGN_NAME,
      ...CA_MAU_SCHEDULE,
      status: 'ACTIVE',
      legend: DEFAULT_STORED_LEGEND,
      scoring: CA_MAU_SCORING,
      version: 1,
    }),
  );
  await manager.insert(
    CampaignIndicatorEntity,
    indicators.map((indicator, position) => ({
      campaignId: campaign.id,
      indicatorId: indicator.id,
      weight: 1,
      position,
    })),
  );
  const rankedLevels = ['province', 'district', 'commune'];
  await manager.insert(
    CampaignLevelEntity,
    rankedLevels.map((key) => ({ campaignId: campaign.id, levelId: levelIds.get(key) as string })),
  );
  const indicatorIds = new Map(indicators.map((indicator) => [indicator.code, indicator.id]));
  for (const [key, targets, primary] of [
    ['campaign', CA_MAU_CAMPAIGN_TARGETS, true],
    ['plan-2023', CA_MAU_PLAN_2023_TARGETS, false],
  ] as [string, TargetSet, boolean][]) {
    const set = await manager.save(
      manager.create(TargetSetEntity, { campaignId: campaign.id, key, name: targets.name, primary, version: 1 }),
    );
    const rows = Object.entries(targets.levelDefaults).flatMap(([levelKey, values]) =>
      Object.entries(values).map(([code, value]) => ({
        targetSetId: set.id,
        indicatorId: indicatorIds.get(code) as string,
        levelId: levelIds.get(levelKey) as string,
        unitId: null,
        value,
      })),
    );
    await manager.insert(TargetEntity, rows);
  }
  await manager.save(
    CA_MAU_DEMO_RULES.map((rule) =>
      manager.create(RuleEntity, { ...rule, campaignId: campaign.id, enabled: true, version: 1 }),
    ),
  );
  // Published as the province would: every ranked level, with the indicators' rates, from the first week.
  await manager.insert(CampaignPublicationEntity, {
    campaignId: campaign.id,
    slug: DEMO_PUBLIC_SLUG,
    published: true,
    levelIds: rankedLevels.map((key) => levelIds.get(key) as string),
    figures: 'WITH_RATES',
    fromPeriod: 1,
  });
  return campaign;
}
