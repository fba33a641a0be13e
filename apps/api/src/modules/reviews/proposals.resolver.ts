import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { proposalConflicts, type JsonValue } from '@thidua/domain';
import type { Context } from '../../foundation/graphql/context';
import { LanguageEnum } from '../../foundation/graphql/language';
import { conditionText } from '../rules';
import { Unit, unitById } from '../units';
import { User, userById } from '../users';
import type { ProposalEntity } from './review.entity';
import { Proposal, ProposalConflictEnum } from './review.type';
import { proposalsByReviewId, reviewById } from './review.loaders';

/**
 * What a proposal is read with: its review's (a preview's proposals have none: they are in no review yet), and the
 * campaign and condition a preview knows directly.
 */
type ProposalRoot = Pick<ProposalEntity, 'id' | 'unitId' | 'decidedBy'> & {
  reviewId?: string;
  campaignId?: string;
  condition?: unknown;
};

@Resolver(() => Proposal)
export class ProposalsResolver {
  @FieldResolver(() => Unit)
  unit(@Root() proposal: ProposalRoot, @Ctx() ctx: Context) {
    return ctx.loaders.of(unitById).load(proposal.unitId);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who decided it: the name for every reader, the email for an administrator and the person only.',
  })
  decidedBy(@Root() proposal: ProposalRoot, @Ctx() ctx: Context) {
    return proposal.decidedBy ? ctx.loaders.of(userById).load(proposal.decidedBy) : null;
  }

  @FieldResolver(() => [ProposalConflictEnum], {
    description: 'Why it needs a second look before the review is finalized; empty when nothing does.',
  })
  async conflicts(@Root() proposal: ProposalRoot, @Ctx() ctx: Context) {
    if (!proposal.reviewId) return [];
    const proposals = await ctx.loaders.of(proposalsByReviewId).load(proposal.reviewId);
    return proposalConflicts(proposals).get(proposal.id) ?? [];
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The condition of the rule that made it, as it was when the review was made, in plain words with the campaign's " +
      'names; null for a proposal by hand.',
  })
  async conditionText(
    @Root() proposal: ProposalRoot,
    @Arg('language', () => LanguageEnum, { defaultValue: LanguageEnum.VI }) language: LanguageEnum,
    @Ctx() ctx: Context,
  ) {
    if (proposal.condition == null) return null;
    const campaignId =
      proposal.campaignId ??
      (proposal.reviewId ? (await ctx.loaders.of(reviewById).load(proposal.reviewId))?.campaignId : undefined);
    return campaignId ? conditionText(ctx, campaignId, proposal.condition as JsonValue, language) : null;
  }
}
