import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { CampaignIndicatorEntity, CampaignLevelEntity } from '../modules/campaigns/campaign.entity';
import { IndicatorEntity } from '../modules/indicators/indicator.entity';
import { buildPeriods, type Period } from '@thidua/domain';
import { CampaignEntity } from '../modules/campaigns/campaign.entity';
import { LevelEntity } from '../modules/levels/level.entity';
import { ReportRevisionEntity, ReportValueEntity } from '../modules/reports/report.entity';
import { ProposalEntity } from '../modules/reviews/review.entity';
import { TargetEntity, TargetSetEntity } from '../modules/targets/target.entity';
import { UnitEntity } from '../modules/units/unit.entity';
import { UserEntity } from '../modules/users/user.entity';

/** Per-request batching: every relation field resolves through one of these, never one query per row. */
export interface Loaders {
  levelById: DataLoader<string, LevelEntity | null>;
  unitById: DataLoader<string, UnitEntity | null>;
  indicatorById: DataLoader<string, IndicatorEntity | null>;
  targetSetById: DataLoader<string, TargetSetEntity | null>;
  campaignById: DataLoader<string, CampaignEntity | null>;
  userById: DataLoader<string, UserEntity | null>;
  campaignIndicatorsByCampaignId: DataLoader<string, CampaignIndicatorEntity[]>;
  campaignLevelsByCampaignId: DataLoader<string, CampaignLevelEntity[]>;
  targetSetsByCampaignId: DataLoader<string, TargetSetEntity[]>;
  targetsByTargetSetId: DataLoader<string, TargetEntity[]>;
  periodsByCampaignId: DataLoader<string, Period[]>;
  reportValuesByReportId: DataLoader<string, ReportValueEntity[]>;
  reportRevisionsByReportId: DataLoader<string, ReportRevisionEntity[]>;
  proposalsByReviewId: DataLoader<string, ProposalEntity[]>;
  /** Children directly under a unit: active ones, and all including archived. */
  childCountsByUnitId: DataLoader<string, { active: number; all: number }>;
}

export function createLoaders(dataSource: DataSource): Loaders {
  const byId = <T extends { id: string }>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = (await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never)) as T[];
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
  const groupedBy = <T, K extends keyof T>(
    entity: new () => T,
    key: K,
    order: Partial<Record<keyof T, 'ASC' | 'DESC'>>,
  ) =>
    new DataLoader<string, T[]>(async (ids) => {
      const rows = (await dataSource
        .getRepository(entity)
        .find({ where: { [key]: In([...ids]) } as never, order: order as never })) as T[];
      const grouped = groups(rows, (row) => row[key] as string);
      return ids.map((id) => grouped.get(id) ?? []);
    });
  return {
    indicatorById: byId(IndicatorEntity),
    targetSetById: byId(TargetSetEntity),
    campaignById: byId(CampaignEntity),
    userById: byId(UserEntity),
    campaignIndicatorsByCampaignId: groupedBy(CampaignIndicatorEntity, 'campaignId', { position: 'ASC' }),
    campaignLevelsByCampaignId: groupedBy(CampaignLevelEntity, 'campaignId', {}),
    targetSetsByCampaignId: groupedBy(TargetSetEntity, 'campaignId', { primary: 'DESC', key: 'ASC' }),
    targetsByTargetSetId: groupedBy(TargetEntity, 'targetSetId', {}),
    periodsByCampaignId: new DataLoader(async (ids) => {
      const campaigns = await dataSource.getRepository(CampaignEntity).findBy({ id: In([...ids]) });
      return ids.map((id) => {
        const campaign = campaigns.find((row) => row.id === id);
        return campaign ? buildPeriods(campaign) : [];
      });
    }),
    reportValuesByReportId: new DataLoader(async (ids) => {
      // Values in the campaign's indicator order.
      const rows: (ReportValueEntity & { position: number })[] = await dataSource.query(
        `SELECT v.report_id AS "reportId", v.indicator_id AS "indicatorId", v.numerator::float8 AS numerator, v.denominator::float8 AS denominator
         FROM report_values v JOIN reports r ON r.id = v.report_id
         LEFT JOIN campaign_indicators ci ON ci.campaign_id = r.campaign_id AND ci.indicator_id = v.indicator_id
         WHERE v.report_id = ANY($1::uuid[]) ORDER BY ci.position`,
        [ids],
      );
      const byReport = groups(rows, (row) => row.reportId);
      return ids.map((id) => byReport.get(id) ?? []);
    }),
    reportRevisionsByReportId: groupedBy(ReportRevisionEntity, 'reportId', { revision: 'ASC' }),
    proposalsByReviewId: groupedBy(ProposalEntity, 'reviewId', { outcome: 'ASC', createdAt: 'ASC' }),
    levelById: byId(LevelEntity),
    unitById: byId(UnitEntity),
    childCountsByUnitId: new DataLoader(async (ids) => {
      const rows: { parent_id: string; active: number; all: number }[] = await dataSource.query(
        `SELECT parent_id, (count(*) FILTER (WHERE archived_at IS NULL))::int AS active, count(*)::int AS all
         FROM units WHERE parent_id = ANY($1::uuid[]) GROUP BY parent_id`,
        [ids],
      );
      return ids.map((id) => rows.find((row) => row.parent_id === id) ?? { active: 0, all: 0 });
    }),
  };
}

/** Rows grouped by a key, each group in the rows' order. */
function groups<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = grouped.get(key);
    if (group) group.push(row);
    else grouped.set(key, [row]);
  }
  return grouped;
}
