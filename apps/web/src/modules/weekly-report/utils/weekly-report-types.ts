import type { WeeklyReportQuery, WeeklyReportRowFragment } from '../../../generated/graphql';

export type WeeklyReportData = WeeklyReportQuery['weeklyReport'];
export type WeeklyReportLevelData = WeeklyReportData['levels'][number];
export type LevelSummaryData = WeeklyReportData['summary'][number];
export type WeeklyReportRow = WeeklyReportRowFragment;
