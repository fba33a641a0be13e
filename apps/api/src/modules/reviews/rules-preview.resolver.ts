import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../../foundation/access/role';
import type { Context } from '../../foundation/graphql/context';
import { previewRules, RuleDraftInput } from '../rules';
import { Proposal } from './review.type';

/** The proposals rules would make, answered as the review's proposals are. */
@Resolver()
export class RulesPreviewResolver {
  @Authorized(Role.ADMIN, Role.BOARD)
  @Query(() => [Proposal], {
    description: 'Dry run: the proposals these rules (the saved enabled ones when absent) would make; writes nothing.',
  })
  previewRules(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('asOfPeriod', () => Int, { nullable: true }) asOfPeriod: number | null,
    @Arg('targetSetKey', () => String, { nullable: true }) targetSetKey: string | null,
    @Arg('rules', () => [RuleDraftInput], { nullable: true }) drafts: RuleDraftInput[] | null,
    @Ctx() ctx: Context,
  ) {
    return previewRules(ctx.dataSource, { campaignId, asOfPeriod, targetSetKey, drafts }, new Date());
  }
}
