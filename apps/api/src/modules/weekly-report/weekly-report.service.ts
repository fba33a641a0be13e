import { dateLine, issuerLines, localDateOf, placeName, vietnameseDate, type Period } from '@thidua/domain';
import { IsNull, type DataSource } from 'typeorm';
import type { CampaignEntity } from '../campaigns';
import type { IndicatorEntity } from '../indicators';
import type { LevelEntity } from '../levels';
import {
  allRows,
  RankingsService,
  summarizeLoaded,
  toRankingResult,
  type LevelSummaryData,
  type RankingRowData,
} from '../rankings';
import { loadReportStatusBoard, type ReportStatusRowData } from '../reports';
import type { TargetSetEntity } from '../targets';
import { UnitEntity } from '../units';
import { standouts } from './standouts';

export interface WeeklyReportQuery {
  campaignId: string;
  /** The period reported on; defaults to the last period whose due time has passed. */
  period?: number | null;
  /** Defaults to the primary target set. */
  targetSetKey?: string | null;
}

/** The heading of the document, in the administrative style: issuer, place and date, title. */
export interface WeeklyReportHeading {
  issuer: string[];
  placeName: string | null;
  /** "Cà Mau, ngày 12 tháng 5 năm 2023": the period's due date in the campaign's zone. */
  dateLine: string;
  title: string;
  /** The campaign, the period and its dates. */
  subtitle: string;
}

export interface WeeklyReportLevelData {
  level: LevelEntity;
  cohortSize: number;
  /** Every unit of the level: ranked rows by rank, then the units without data. */
  rows: RankingRowData[];
  top: RankingRowData[];
  bottom: RankingRowData[];
}

/** A unit whose cumulative rate of an indicator is 0 while it received dossiers: called out by name. */
export interface ZeroRateUnitData {
  unit: UnitEntity;
  level: LevelEntity;
  indicator: IndicatorEntity;
  denominator: number;
}

export interface WeeklyReportData {
  campaign: CampaignEntity;
  period: Period;
  periodCount: number;
  targetSet: TargetSetEntity;
  heading: WeeklyReportHeading;
  /** Each level against its default target, then all units (level null, no target). */
  summary: LevelSummaryData[];
  levels: WeeklyReportLevelData[];
  lateUnits: ReportStatusRowData[];
  missingUnits: ReportStatusRowData[];
  zeroRateUnits: ZeroRateUnitData[];
}

export const WEEKLY_REPORT_TITLE = 'BÁO CÁO TUẦN';

/**
 * The report the provincial office sends the chairman every Friday, assembled from the rankings, the level summary
 * and the report status board: every figure is theirs, computed by @thidua/domain. A fixed number of queries.
 */
export class WeeklyReportService {
  constructor(private readonly dataSource: DataSource) {}

  async weeklyReport(query: WeeklyReportQuery, now: Date): Promise<WeeklyReportData> {
    const { data, rankings: ranked } = await new RankingsService(this.dataSource).rankLevels(
      { campaignId: query.campaignId, asOfPeriod: query.period, targetSetKey: query.targetSetKey },
      now,
    );
    const asOfPeriod = data.asOfPeriod;
    const { campaign, periods } = data.context;
    const summary = summarizeLoaded(data);
    const [board, root] = await Promise.all([
      loadReportStatusBoard(this.dataSource, campaign.id, asOfPeriod, now),
      this.dataSource
        .getRepository(UnitEntity)
        .findOne({ where: { parentId: IsNull(), archivedAt: IsNull() }, order: { code: 'ASC' } }),
    ]);
    const period = periods[asOfPeriod - 1];
    const levels = await Promise.all(
      ranked.map(async ({ level, ranking }) => {
        const result = toRankingResult(data, level, ranking);
        const rows = await allRows(result);
        return { level, cohortSize: result.cohortSize, rows, ...standouts(rows) };
      }),
    );
    const zeroRateUnits = levels.flatMap(({ level, rows }) =>
      rows.flatMap((row) =>
        row.indicators
          .filter((figure) => figure.rate === 0 && figure.denominator > 0)
          .map((figure) => ({ unit: row.unit, level, indicator: figure.indicator, denominator: figure.denominator })),
      ),
    );
    const statusRows = board?.rows ?? [];
    const place = placeName(root?.name);
    return {
      campaign,
      period,
      periodCount: periods.length,
      targetSet: data.targetSet,
      heading: {
        issuer: issuerLines(root?.name) ?? [],
        placeName: place,
        dateLine: dateLine(place, localDateOf(period.dueAt, campaign.timeZone)),
        title: WEEKLY_REPORT_TITLE,
        subtitle: `Kết quả thực hiện ${campaign.name}, kỳ ${period.index} (từ ${vietnameseDate(period.startDate)} đến ${vietnameseDate(period.endDate)})`,
      },
      summary,
      levels,
      lateUnits: statusRows.filter((row) => row.status === 'LATE'),
      missingUnits: statusRows.filter((row) => row.status === 'MISSING'),
      zeroRateUnits,
    };
  }
}
