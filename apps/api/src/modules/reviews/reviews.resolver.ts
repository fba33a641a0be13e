import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Campaign } from '../campaigns';
import { READ_RANKINGS } from '../../foundation/access/scopes';
import type { Context } from '../../foundation/graphql/context';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import type { Viewer } from '../../foundation/access/viewer';
import { type Outcome } from '../../foundation/errors/problem';
import { Ranking } from '../rankings';
import { TargetSet } from '../targets';
import { Role } from '../../foundation/access/role';
import type { ProposalEntity, ReviewEntity } from './review.entity';
import {
  AddProposalInput,
  CreateReviewInput,
  DecideProposalInput,
  DecideProposalsInput,
  DecideProposalsPayload,
  DecisionEnum,
  FinalizeReviewInput,
  Proposal,
  ProposalPayload,
  Review,
  ReviewComparison,
  ReviewPayload,
} from './review.type';
import { ReviewsService } from './reviews.service';
import { ProposalDecisionsService } from './proposal-decisions.service';
import { OutcomeEnum } from '../rules';
import { proposalConflicts, type Outcome as ProposalOutcome } from '@thidua/domain';
import type { Decision } from './review.entity';
import { snapshotRankings } from './review-rankings';
import { previousReviewOf, reviewComparison } from './review-comparison';
import { campaignById } from '../campaigns';
import { proposalsByReviewId } from './review.loaders';
import { targetSetById } from '../targets';

const reviewPayload = (outcome: Outcome<ReviewEntity>): ReviewPayload =>
  outcome.ok ? { review: outcome.value, userErrors: [] } : { review: null, userErrors: outcome.userErrors };
const proposalPayload = (outcome: Outcome<ProposalEntity>): ProposalPayload =>
  outcome.ok ? { proposal: outcome.value, userErrors: [] } : { proposal: null, userErrors: outcome.userErrors };

@Resolver(() => Review)
export class ReviewsResolver {
  @Authorized(READ_RANKINGS)
  @Query(() => [Review], { description: "The campaign's reviews, the latest first." })
  reviews(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context) {
    return new ReviewsService(ctx.dataSource).list(campaignId);
  }

  @Authorized(READ_RANKINGS)
  @Query(() => Review, { nullable: true })
  review(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return new ReviewsService(ctx.dataSource).findById(id);
  }

  @FieldResolver(() => Campaign)
  campaign(@Root() review: ReviewEntity, @Ctx() ctx: Context) {
    return ctx.loaders.of(campaignById).load(review.campaignId);
  }

  @FieldResolver(() => TargetSet)
  targetSet(@Root() review: ReviewEntity, @Ctx() ctx: Context) {
    return ctx.loaders.of(targetSetById).load(review.targetSetId);
  }

  @FieldResolver(() => [Ranking], {
    description: 'The frozen snapshot, one per level: what was computed when the review was made.',
  })
  rankings(@Root() review: ReviewEntity, @Ctx() ctx: Context) {
    return snapshotRankings(review, ctx.loaders);
  }

  @FieldResolver(() => [Proposal], {
    description:
      'Commendations first, then by unit; only those with the decision, outcome or conflicts asked for, when asked.',
  })
  async proposals(
    @Root() review: ReviewEntity,
    @Ctx() ctx: Context,
    @Arg('decision', () => DecisionEnum, { nullable: true }) decision?: Decision | null,
    @Arg('outcome', () => OutcomeEnum, { nullable: true }) outcome?: ProposalOutcome | null,
    @Arg('needsReview', () => Boolean, {
      nullable: true,
      description: 'true: only proposals with a conflict (cần xem lại); false: only those without.',
    })
    needsReview?: boolean | null,
  ) {
    const proposals = await ctx.loaders.of(proposalsByReviewId).load(review.id);
    const conflicts = needsReview == null ? null : proposalConflicts(proposals);
    return proposals.filter(
      (proposal) =>
        (!decision || proposal.decision === decision) &&
        (!outcome || proposal.outcome === outcome) &&
        (!conflicts || (conflicts.get(proposal.id)?.length ?? 0) > 0 === needsReview),
    );
  }

  @FieldResolver(() => Review, {
    nullable: true,
    description:
      "The campaign's review before this one: of the reviews as of an earlier period, the one of the latest period " +
      '(of two of that period, the one made last); null when there is none.',
  })
  previousReview(@Root() review: ReviewEntity, @Ctx() ctx: Context) {
    return previousReviewOf(review, ctx.loaders);
  }

  @FieldResolver(() => ReviewComparison, {
    nullable: true,
    description:
      'What changed since previousReview: proposals added and dropped, units whose outcome changed; null ' +
      'when there is no previous review.',
  })
  comparison(@Root() review: ReviewEntity, @Ctx() ctx: Context) {
    return reviewComparison(review, ctx.loaders);
  }

  @Authorized(Role.ADMIN, Role.BOARD)
  @Mutation(() => ReviewPayload, {
    description: 'Freezes the rankings of every level as of a due period, with the proposals of the enabled rules.',
  })
  async createReview(
    @Arg('input') input: CreateReviewInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ReviewPayload> {
    return reviewPayload(await new ReviewsService(ctx.dataSource).create(input, viewer, new Date()));
  }

  @Authorized(Role.ADMIN, Role.BOARD)
  @Mutation(() => ProposalPayload, { description: 'A proposal by hand, with its reason.' })
  async addProposal(
    @Arg('input') input: AddProposalInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ProposalPayload> {
    return proposalPayload(await new ReviewsService(ctx.dataSource).addProposal(input, viewer));
  }

  @Authorized(Role.ADMIN, Role.BOARD)
  @Mutation(() => ProposalPayload, {
    description: 'Approve or reject (or set back to pending) until the review is finalized.',
  })
  async decideProposal(
    @Arg('input') input: DecideProposalInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ProposalPayload> {
    return proposalPayload(await new ProposalDecisionsService(ctx.dataSource).decide(input, viewer, new Date()));
  }

  @Authorized(Role.ADMIN, Role.BOARD)
  @Mutation(() => DecideProposalsPayload, {
    description:
      "One decision (and note) for a selection of a review's proposals, all or nothing, until it is finalized.",
  })
  async decideProposals(
    @Arg('input') input: DecideProposalsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<DecideProposalsPayload> {
    const outcome = await new ProposalDecisionsService(ctx.dataSource).decideMany(input, viewer, new Date());
    return outcome.ok
      ? { proposals: outcome.value, userErrors: [] }
      : { proposals: [], userErrors: outcome.userErrors };
  }

  @Authorized(Role.ADMIN, Role.BOARD)
  @Mutation(() => ReviewPayload, {
    description:
      'Only when every proposal is decided, and, while some proposals are in conflict, only with acceptConflicts: ' +
      'true (the conflicts accepted are recorded in the audit log); a finalized review is immutable.',
  })
  async finalizeReview(
    @Arg('input') input: FinalizeReviewInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<ReviewPayload> {
    return reviewPayload(await new ReviewsService(ctx.dataSource).finalize(input, viewer, new Date()));
  }
}
