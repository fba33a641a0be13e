import { timelinessOf, type ReportStatus } from '@thidua/domain';
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { ConnectionArgs, pageWindow } from '../../foundation/graphql/connection';
import { keysetWindow } from '../../foundation/graphql/keyset';
import { READ_REPORTS, WRITE_REPORTS } from '../../foundation/access/scopes';
import type { Context } from '../../foundation/graphql/context';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import type { Viewer } from '../../foundation/access/viewer';
import { forbidden } from '../../foundation/errors/refusal';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { Period } from '../campaigns';
import { Indicator } from '../indicators';
import { Unit } from '../units';
import { Role } from '../../foundation/access/role';
import { Person } from '../users';
import type { ReportEntity, ReportRevisionEntity } from './report.entity';
import { ImportReportsInput, ImportReportsPayload, ReportPayload, SubmitReportInput } from './report.inputs';
import {
  Report,
  ReportConnection,
  ReportOrderEnum,
  ReportRevision,
  ReportStatusEnum,
  ReportValue,
  TimelinessEnum,
} from './report.type';
import { ReportStatusBoard } from './report-status.type';
import { reportChangesOf, ReportStatusChange, reportStatusChange } from './report-status-change.type';
import type { ReportsChanged } from '../../foundation/realtime/changes';
import { queryReportStatusBoard } from './report-status.service';
import { ReportsImportService } from './reports-import.service';
import { ReportsService, withRates } from './reports.service';
import { indicatorById } from '../indicators';
import { periodsByCampaignId } from '../campaigns';
import { reportRevisionsByReportId, reportValuesByReportId } from './report.loaders';
import { unitById } from '../units';
import { userById } from '../users';
import { msg } from '../../foundation/i18n/message';

@ArgsType()
class ReportsArgs extends ConnectionArgs {
  @Field(() => ID) campaignId: string;
  @Field(() => Int, { nullable: true }) period?: number | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Only reports whose last change (updatedAt) is at or after this instant.',
  })
  updatedSince?: Date | null;
  @Field(() => ReportOrderEnum, { nullable: true, description: 'DEFAULT when absent.' })
  orderBy?: ReportOrderEnum | null;
}

const notYourUnit = () =>
  forbidden(
    msg(
      'You may report only for your own unit and the units under it.',
      'Bạn chỉ được báo cáo cho đơn vị của mình và các đơn vị trực thuộc.',
    ),
  );

@Resolver(() => Report)
export class ReportsResolver {
  @Authorized(READ_REPORTS)
  @Query(() => ReportConnection, {
    description: 'Reports of a campaign, by period then unit code, or by last change (orderBy: UPDATED_AT).',
  })
  reports(@Args() args: ReportsArgs, @Ctx() ctx: Context) {
    const service = new ReportsService(ctx.dataSource);
    return args.orderBy === ReportOrderEnum.UPDATED_AT
      ? service.listByLastChange(args, keysetWindow(args))
      : service.list(args, pageWindow(args));
  }

  @Authorized(READ_REPORTS)
  @Query(() => ReportStatusBoard, {
    nullable: true,
    description:
      'Who has reported for a period, as of now; null for an unknown campaign. period defaults to the current one: the period containing today, the first before the campaign starts, the last after it ends.',
  })
  reportStatusBoard(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('period', () => Int, { nullable: true }) period: number | null,
    @Arg('levelKey', () => String, { nullable: true }) levelKey: string | null,
    @Arg('status', () => ReportStatusEnum, { nullable: true }) status: ReportStatus | null,
    @Ctx() ctx: Context,
  ) {
    return queryReportStatusBoard(ctx.dataSource, { campaignId, period, levelKey, status }, new Date());
  }

  @Authorized(READ_REPORTS)
  @Subscription(() => ReportStatusChange, {
    description:
      'An event each time reports of the campaign are submitted, revised, imported or recomputed (once committed, ' +
      'from any API process): refetch reportStatusBoard. Who may read the board may subscribe.',
    subscribe: ({ args, context }) => reportChangesOf(context as Context, (args as { campaignId: string }).campaignId),
  })
  reportStatusChanged(
    @Root() change: ReportsChanged,
    @Arg('campaignId', () => ID) _campaignId: string,
  ): ReportStatusChange {
    return reportStatusChange(change);
  }

  @FieldResolver(() => Unit)
  unit(@Root() report: ReportEntity, @Ctx() ctx: Context) {
    return ctx.loaders.of(unitById).load(report.unitId);
  }

  @FieldResolver(() => DateTimeScalar, {
    description: 'The first submission: it decides timeliness whatever revisions follow.',
  })
  submittedAt(@Root() report: ReportEntity): Date {
    return report.firstSubmittedAt;
  }

  @FieldResolver(() => Period)
  async period(@Root() report: ReportEntity, @Ctx() ctx: Context) {
    return (await ctx.loaders.of(periodsByCampaignId).load(report.campaignId))[report.periodIndex - 1];
  }

  @FieldResolver(() => TimelinessEnum)
  async timeliness(@Root() report: ReportEntity, @Ctx() ctx: Context) {
    const period = (await ctx.loaders.of(periodsByCampaignId).load(report.campaignId))[report.periodIndex - 1];
    return timelinessOf(period, report.firstSubmittedAt);
  }

  @FieldResolver(() => [ReportValue], { description: 'One per indicator of the campaign, in its order.' })
  async values(@Root() report: ReportEntity, @Ctx() ctx: Context) {
    return withRates(await ctx.loaders.of(reportValuesByReportId).load(report.id));
  }

  @FieldResolver(() => [ReportRevision], { description: 'Every submission, the first one first.' })
  revisions(@Root() report: ReportEntity, @Ctx() ctx: Context) {
    return ctx.loaders.of(reportRevisionsByReportId).load(report.id);
  }

  @Authorized(Role.ADMIN, Role.REPORTER, WRITE_REPORTS)
  @Mutation(() => ReportPayload, {
    description: 'Submits or revises a report; revisions keep the first submission time.',
  })
  async submitReport(
    @Arg('input') input: SubmitReportInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ReportPayload> {
    const service = new ReportsService(ctx.dataSource);
    if (!(await service.mayReportFor(viewer, input.unitId))) throw notYourUnit();
    const outcome = await service.submit(input, viewer, new Date());
    return outcome.ok
      ? { report: outcome.value.report, outcome: outcome.value.outcome, userErrors: [] }
      : { report: null, outcome: 'REFUSED', userErrors: outcome.userErrors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ImportReportsPayload, {
    description: "One period's figures for many units from CSV or XLSX, all or nothing.",
  })
  async importReports(
    @Arg('input') input: ImportReportsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ImportReportsPayload> {
    const outcome = await new ReportsImportService(ctx.dataSource).import(input, viewer, new Date());
    return outcome.ok
      ? { ...outcome.value, userErrors: [] }
      : { created: 0, revised: 0, unchanged: 0, userErrors: outcome.userErrors };
  }
}

@Resolver(() => ReportValue)
export class ReportValuesResolver {
  @FieldResolver(() => Indicator)
  indicator(@Root() value: { indicatorId: string }, @Ctx() ctx: Context) {
    return ctx.loaders.of(indicatorById).load(value.indicatorId);
  }
}

@Resolver(() => ReportRevision)
export class ReportRevisionsResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who submitted it; null when it came from a file.' })
  submittedBy(@Root() revision: ReportRevisionEntity, @Ctx() ctx: Context) {
    return revision.submittedBy ? ctx.loaders.of(userById).load(revision.submittedBy) : null;
  }
}
