import { buildPeriods, MAX_CAMPAIGN_PERIODS, todayIn } from '@thidua/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, pageWindow } from '../../foundation/graphql/connection';
import { READ_RANKINGS, READ_REPORTS } from '../../foundation/access/scopes';
import type { Context } from '../../foundation/graphql/context';
import type { Viewer } from '../../foundation/access/viewer';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import { type Outcome } from '../../foundation/errors/problem';
import { Level } from '../levels';
import { Role } from '../../foundation/access/role';
import type { CampaignEntity } from './campaign.entity';
import { CampaignPayload, CreateCampaignInput, UpdateCampaignInput } from './campaign.inputs';
import { Campaign, CampaignConnection, CampaignIndicator, Period } from './campaign.type';
import { CampaignsService } from './campaigns.service';
import { scoringOf } from './campaign-rules';
import { ScoringSettings } from './scoring.type';
import { campaignIndicatorsByCampaignId, campaignLevelsByCampaignId } from './campaign.loaders';
import { indicatorById } from '../indicators';
import { levelById } from '../levels';

const payload = (outcome: Outcome<CampaignEntity>): CampaignPayload =>
  outcome.ok ? { campaign: outcome.value, userErrors: [] } : { campaign: null, userErrors: outcome.userErrors };

@Resolver(() => Campaign)
export class CampaignsResolver {
  @Authorized(READ_REPORTS, READ_RANKINGS)
  @Query(() => CampaignConnection, { description: 'Campaigns, the latest first.' })
  campaigns(@Args() args: ConnectionArgs, @Ctx() ctx: Context) {
    return new CampaignsService(ctx.dataSource).list(pageWindow(args));
  }

  @Authorized(READ_REPORTS, READ_RANKINGS)
  @Query(() => [Campaign], {
    description:
      'The ACTIVE campaigns, the one to open first: those whose dates contain today (in Asia/Ho_Chi_Minh), the ' +
      'latest started first, then the other ACTIVE ones, the latest started first (@thidua/domain currentCampaign). ' +
      'Empty when none is ACTIVE. Read by whoever may read `campaigns`.',
  })
  currentCampaigns(@Ctx() ctx: Context) {
    return new CampaignsService(ctx.dataSource).current(todayIn(new Date()));
  }

  @Authorized(READ_REPORTS, READ_RANKINGS)
  @Query(() => Campaign, { nullable: true })
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new CampaignsService(ctx.dataSource).findById(id);
  }

  @FieldResolver(() => [CampaignIndicator], {
    description: 'The indicators the campaign scores, in order, with their weights.',
  })
  async indicators(@Root() campaign: CampaignEntity, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.of(campaignIndicatorsByCampaignId).load(campaign.id);
    const indicators = await ctx.loaders.of(indicatorById).loadMany(rows.map((row) => row.indicatorId));
    return rows.map((row, i) => ({ indicator: indicators[i], weight: row.weight }));
  }

  @FieldResolver(() => [Level], { description: 'The levels whose units take part.' })
  async levels(@Root() campaign: CampaignEntity, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.of(campaignLevelsByCampaignId).load(campaign.id);
    const levels = (await ctx.loaders.of(levelById).loadMany(rows.map((row) => row.levelId))) as Level[];
    return levels.sort((a, b) => a.depth - b.depth || a.key.localeCompare(b.key));
  }

  @FieldResolver(() => [Period], {
    description: `The reporting weeks, computed from the dates and the schedule: at most ${MAX_CAMPAIGN_PERIODS}.`,
  })
  periods(@Root() campaign: CampaignEntity): Period[] {
    return buildPeriods(campaign);
  }

  @FieldResolver(() => ScoringSettings, { description: 'Bonus, penalties and tie-breaks; all off by default.' })
  scoring(@Root() campaign: CampaignEntity): ScoringSettings {
    return scoringOf(campaign.scoring);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CampaignPayload, { description: 'A new campaign starts as DRAFT.' })
  async createCampaign(
    @Arg('input') input: CreateCampaignInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<CampaignPayload> {
    return payload(await new CampaignsService(ctx.dataSource).create(input, viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CampaignPayload)
  async updateCampaign(
    @Arg('input') input: UpdateCampaignInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<CampaignPayload> {
    return payload(await new CampaignsService(ctx.dataSource).update(input, viewer));
  }
}
