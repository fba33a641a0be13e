import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../foundation/graphql/context';
import type { Viewer } from '../../foundation/access/viewer';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import { Role } from '../../foundation/access/role';
import {
  CampaignRecordFeedsPayload,
  IndicatorRecordRule,
  IndicatorRecordRulePayload,
  RecomputeRecordFiguresPayload,
  SetCampaignRecordFeedsInput,
  SetIndicatorRecordRuleInput,
} from './dossier-records.type';
import { DossierRecordsService } from './dossier-records.service';

@Resolver()
export class DossierRecordsResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [IndicatorRecordRule], {
    description: 'How dossier records feed each indicator that has a rule, by indicator code.',
  })
  indicatorRecordRules(@Ctx() ctx: Context) {
    return new DossierRecordsService(ctx.dataSource).listRules();
  }

  @Authorized(Role.ADMIN)
  @Query(() => [ID], {
    description: 'The units whose figures in the campaign come from dossier records (none for an unknown campaign).',
  })
  campaignRecordFeeds(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context): Promise<string[]> {
    return new DossierRecordsService(ctx.dataSource).listFeeds(campaignId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IndicatorRecordRulePayload, {
    description: "Sets which record measures are an indicator's numerator and denominator.",
  })
  async setIndicatorRecordRule(
    @Arg('input') input: SetIndicatorRecordRuleInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<IndicatorRecordRulePayload> {
    const outcome = await new DossierRecordsService(ctx.dataSource).setRule(input, viewer);
    return outcome.ok ? { rule: outcome.value, userErrors: [] } : { rule: null, userErrors: outcome.userErrors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CampaignRecordFeedsPayload, {
    description:
      "Makes units' figures in a campaign come from dossier records (or from their reports again); newly fed units are recounted at the next recompute.",
  })
  async setCampaignRecordFeeds(
    @Arg('input') input: SetCampaignRecordFeedsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<CampaignRecordFeedsPayload> {
    const outcome = await new DossierRecordsService(ctx.dataSource).setFeeds(input, viewer);
    return outcome.ok
      ? { fedUnitCount: outcome.value, userErrors: [] }
      : { fedUnitCount: null, userErrors: outcome.userErrors };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RecomputeRecordFiguresPayload, {
    description:
      'Recounts the (campaign, unit, period) cells that imports of dossier records touched; with campaignId, every cell of the units that campaign feeds (e.g. after it became ACTIVE).',
  })
  async recomputeRecordFigures(
    @Arg('campaignId', () => ID, { nullable: true }) campaignId: string | null,
    @Ctx() ctx: Context,
  ): Promise<RecomputeRecordFiguresPayload> {
    const outcome = await new DossierRecordsService(ctx.dataSource).recompute(campaignId ?? null);
    return outcome.ok
      ? { recompute: outcome.value, userErrors: [] }
      : { recompute: null, userErrors: outcome.userErrors };
  }
}
