import { currentPeriod, reportStatus, type Period, type ReportStatus } from '@thidua/domain';
import type { DataSource } from 'typeorm';
import { badInput } from '../../foundation/errors/refusal';
import { LevelEntity } from '../levels';
import { UnitEntity } from '../units';
import { loadCampaignContext, type CampaignContext } from '../campaigns';
import { msg } from '../../foundation/i18n/message';

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

/**
 * Who has reported for a period as of `now`: on time, late, missing (due and absent) or not due yet. Without a period,
 * the current one (@thidua/domain's currentPeriod: this week's, the last after the campaign's end). Two queries.
 */
export async function loadReportStatusBoard(
  dataSource: DataSource,
  campaignId: string,
  periodIndex: number | null,
  now: Date,
): Promise<ReportStatusBoardData | null> {
  const context = await loadCampaignContext(dataSource.manager, campaignId);
  if (!context) return null;
  const period =
    periodIndex === null
      ? currentPeriod(context.periods, now, context.campaign.timeZone)
      : context.periods[periodIndex - 1];
  if (!period) return null;
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
    [campaignId, period.index],
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

/** How many units of a level are in each status. */
export interface ReportStatusCountData {
  level: LevelEntity;
  onTime: number;
  late: number;
  missing: number;
  notDue: number;
  total: number;
}

export interface ReportStatusBoardQuery {
  campaignId: string;
  /** The current period when absent. */
  period?: number | null;
  /** Only the rows of this level, and of this status; the counts and the units to remind are of every row. */
  levelKey?: string | null;
  status?: ReportStatus | null;
}

/** The board as the API answers it: the rows asked for, the counts per level, the units to remind. */
export interface ReportStatusBoardView {
  period: Period;
  rows: ReportStatusRowData[];
  levels: ReportStatusCountData[];
  toRemind: UnitEntity[];
}

/**
 * Who has reported for a period as of `now`; null for an unknown campaign. A period the campaign does not have is
 * refused (BAD_USER_INPUT).
 */
export async function queryReportStatusBoard(
  dataSource: DataSource,
  query: ReportStatusBoardQuery,
  now: Date,
): Promise<ReportStatusBoardView | null> {
  const { campaignId, period, levelKey, status } = query;
  const board = await loadReportStatusBoard(dataSource, campaignId, period ?? null, now);
  if (!board) {
    const known = await dataSource.query('SELECT 1 FROM campaigns WHERE id::text = $1', [campaignId]);
    if (known.length)
      throw badInput(
        msg(
          `Period ${period} is not a period of this campaign.`,
          `Kỳ ${period} không phải là kỳ báo cáo của chiến dịch này.`,
        ),
      );
    return null;
  }
  return {
    period: board.period,
    rows: board.rows.filter((row) => (!levelKey || row.level.key === levelKey) && (!status || row.status === status)),
    levels: countsPerLevel(board.rows),
    toRemind: board.rows.filter((row) => row.status === 'MISSING').map((row) => row.unit),
  };
}

/** The rows' statuses counted per level, the levels in the rows' order. */
function countsPerLevel(rows: readonly ReportStatusRowData[]): ReportStatusCountData[] {
  const levels = new Map<string, ReportStatusCountData>();
  for (const row of rows) {
    const count = levels.get(row.level.id) ?? { level: row.level, onTime: 0, late: 0, missing: 0, notDue: 0, total: 0 };
    count.total += 1;
    if (row.status === 'ON_TIME') count.onTime += 1;
    else if (row.status === 'LATE') count.late += 1;
    else if (row.status === 'MISSING') count.missing += 1;
    else count.notDue += 1;
    levels.set(row.level.id, count);
  }
  return [...levels.values()];
}
