import { Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, pageWindow } from '../../foundation/graphql/connection';
import type { Context } from '../../foundation/graphql/context';
import { Campaign, type CampaignEntity } from '../campaigns';
import { targetSetsByCampaignId } from './target.loaders';
import { TargetChangeConnection, TargetSet } from './target.type';
import { TargetsService } from './targets.service';

@ArgsType()
class TargetChangesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only the changes of this target set.' }) targetSetKey?:
    string | null;
}

/** A campaign's target sets and their history, resolved here so that campaigns need not know targets. */
@Resolver(() => Campaign)
export class CampaignTargetsResolver {
  @FieldResolver(() => [TargetSet], { description: 'The primary set first.' })
  targetSets(@Root() campaign: CampaignEntity, @Ctx() ctx: Context) {
    return ctx.loaders.of(targetSetsByCampaignId).load(campaign.id);
  }

  @FieldResolver(() => TargetChangeConnection, { description: 'Every change of a target, the latest first.' })
  targetChanges(@Root() campaign: CampaignEntity, @Args() args: TargetChangesArgs, @Ctx() ctx: Context) {
    return new TargetsService(ctx.dataSource).changes(campaign.id, args.targetSetKey ?? null, pageWindow(args));
  }
}
