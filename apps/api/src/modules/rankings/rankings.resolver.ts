import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { READ_RANKINGS } from '../../foundation/access/scopes';
import type { Context } from '../../foundation/graphql/context';
import { LevelSummary, Ranking } from './ranking.type';
import { RankingsService } from './rankings.service';

@Resolver()
export class RankingsResolver {
  @Authorized(READ_RANKINGS)
  @Query(() => Ranking, {
    description: 'asOfPeriod defaults to the last period whose due time has passed; targetSetKey to the primary set.',
  })
  ranking(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('levelKey') levelKey: string,
    @Arg('asOfPeriod', () => Int, { nullable: true }) asOfPeriod: number | null,
    @Arg('targetSetKey', () => String, { nullable: true }) targetSetKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return new RankingsService(ctx.dataSource).ranking({ campaignId, levelKey, asOfPeriod, targetSetKey }, new Date());
  }

  @Authorized(READ_RANKINGS)
  @Query(() => [LevelSummary], {
    description: 'Each level of the campaign against its default target, then all units (level null, no target).',
  })
  summary(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('asOfPeriod', () => Int, { nullable: true }) asOfPeriod: number | null,
    @Arg('targetSetKey', () => String, { nullable: true }) targetSetKey: string | null,
    @Ctx() ctx: Context,
  ) {
    return new RankingsService(ctx.dataSource).summary({ campaignId, asOfPeriod, targetSetKey }, new Date());
  }
}
