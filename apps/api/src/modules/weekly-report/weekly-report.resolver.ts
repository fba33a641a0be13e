import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../foundation/graphql/context';
import { READ_RANKINGS } from '../../foundation/access/scopes';
import { Role } from '../../foundation/access/role';
import { WeeklyReport } from './weekly-report.type';
import { WeeklyReportService } from './weekly-report.service';

/** Who may read the weekly report, here and at /exports/weekly-report.xlsx: not a REPORTER, who sees its own units. */
export const WEEKLY_REPORT_READERS = [Role.ADMIN, Role.BOARD, Role.VIEWER, READ_RANKINGS];

@Resolver()
export class WeeklyReportResolver {
  @Authorized(WEEKLY_REPORT_READERS)
  @Query(() => WeeklyReport, {
    description:
      'The weekly report to the chairman. period defaults to the last period whose due time has passed; targetSetKey to the primary set.',
  })
  weeklyReport(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('period', () => Int, { nullable: true }) period: number | null,
    @Arg('targetSetKey', () => String, { nullable: true }) targetSetKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return new WeeklyReportService(ctx.dataSource).weeklyReport({ campaignId, period, targetSetKey }, new Date());
  }
}
