import { reportStatus, type Period, type ReportStatus } from '@thidua/domain';
import type { DataSource } from 'typeorm';
import { LevelEntity } from '../levels';
import { UnitEntity } from '../units';
import { loadCampaignContext, type CampaignContext } from '../campaigns';

export interface ReportStatusRowData {
  unit: UnitEntity;
  level: LevelEntity;
  status: ReportStatus;
  submittedAt: Date | null;
  revision: number | null;
}

export interface ReportStatusBoardData {
  context: CampaignContext;
  period: Period;
  /** Every active unit of the campaign's levels, by level then code. */
  rows: ReportStatusRowData[];
}

/** Who has reported for a period as of `now`: on time, late, missing (due and absent) or not due yet. Two queries. */
export async function loadReportStatusBoard(
  dataSource: DataSource,
  campaignId: string,
  periodIndex: number,
  now: Date,
): Promise<ReportStatusBoardData | null> {
  const context = await loadCampaignContext(dataSource.manager, campaignId);
  const period = context?.periods[periodIndex - 1];
  if (!context || !period) return null;
  const units = await dataSource
    .getRepository(UnitEntity)
    .createQueryBuilder('unit')
    .innerJoin(LevelEntity, 'level', 'level.id = unit.level_id')
    .where('unit.archived_at IS NULL')
    .andWhere('unit.level_id = ANY(:levelIds)', { levelIds: [...context.levelIds] })
    .orderBy('level.depth', 'ASC')
    .addOrderBy('level.key', 'ASC')
    .addOrderBy('unit.code', 'ASC')
    .getMany();
  const reports: { unit_id: string; first_submitted_at: Date; revision: number }[] = await dataSource.query(
    'SELECT unit_id, first_submitted_at, revision FROM reports WHERE campaign_id = $1 AND period_index = $2',
    [campaignId, periodIndex],
  );
  const levels = await dataSource.getRepository(LevelEntity).find();
  const levelById = new Map(levels.map((level) => [level.id, level]));
  const reportByUnit = new Map(reports.map((report) => [report.unit_id, report]));
  const rows = units.map((unit) => {
    const report = reportByUnit.get(unit.id);
    const submittedAt = report ? new Date(report.first_submitted_at) : null;
    return {
      unit,
      level: levelById.get(unit.levelId) as LevelEntity,
      status: reportStatus(period, submittedAt, now),
      submittedAt,
      revision: report?.revision ?? null,
    };
  });
  return { context, period, rows };
}
