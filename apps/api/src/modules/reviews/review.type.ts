import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import type { Outcome } from '@thidua/domain';
import { CalendarDateScalar, DateTimeScalar } from '../../foundation/graphql/scalars';
import { UserError } from '../../foundation/graphql/user-error';
import { OutcomeEnum } from '../rules';
import type { Decision, ReviewStatus } from './review.entity';

export enum DecisionEnum {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(DecisionEnum, { name: 'Decision', description: 'Chờ xét / Đồng ý / Không đồng ý.' });

export enum ReviewStatusEnum {
  DRAFT = 'DRAFT',
  FINALIZED = 'FINALIZED',
}
registerEnumType(ReviewStatusEnum, {
  name: 'ReviewStatus',
  description: 'FINALIZED: decided, numbered and immutable.',
});

export enum ProposalConflictEnum {
  BOTH_OUTCOMES = 'BOTH_OUTCOMES',
  DUPLICATE = 'DUPLICATE',
  AGAINST_RULES = 'AGAINST_RULES',
}
registerEnumType(ProposalConflictEnum, {
  name: 'ProposalConflict',
  description:
    'Why a proposal needs a second look (cần xem lại): BOTH_OUTCOMES, its unit is proposed for commendation and for ' +
    'discipline; DUPLICATE, twice for one outcome; AGAINST_RULES, a proposal by hand opposite to what the rules ' +
    'propose for the unit. Rejected proposals take part in no conflict.',
});

@ObjectType({ description: "A fact a rule read, with the unit's value: the evidence behind a proposal." })
export class Evidence {
  @Field() variable: string;
  @Field(() => JSONResolver, { nullable: true }) value: unknown;
}

@ObjectType({ description: 'A proposal to commend or discipline a unit (đề xuất), by a rule or by hand.' })
export class Proposal {
  @Field(() => ID) id: string;
  @Field(() => OutcomeEnum) outcome: Outcome;
  @Field() form: string;
  @Field(() => String, { nullable: true, description: 'The rule that made it; null when added by hand.' }) ruleCode:
    string | null;
  @Field() reason: string;
  @Field(() => [Evidence]) evidence: Evidence[];
  @Field(() => DecisionEnum) decision: Decision;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) decidedAt: Date | null;
  // unit and decidedBy are resolved in ProposalsResolver.
}

@ObjectType({
  description: 'A review (đợt xét): the rankings frozen as of a period, and the proposals the board decides.',
})
export class Review {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) asOfPeriod: number;
  @Field(() => ReviewStatusEnum) status: ReviewStatus;
  @Field(() => String, { nullable: true }) decisionNumber: string | null;
  @Field(() => CalendarDateScalar, { nullable: true }) decisionDate: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) finalizedAt: Date | null;
  // campaign, targetSet, rankings and proposals are resolved in ReviewsResolver.
}

@InputType()
export class CreateReviewInput {
  @Field(() => ID) campaignId: string;
  @Field(() => Int, { description: 'A period whose due time has passed.' }) asOfPeriod: number;
  @Field() @MaxLength(300) name: string;
  @Field(() => String, { nullable: true, description: 'The primary set when absent.' })
  @MaxLength(40)
  targetSetKey?: string | null;
}

@InputType()
export class AddProposalInput {
  @Field(() => ID) reviewId: string;
  @Field(() => ID) unitId: string;
  @Field(() => OutcomeEnum) outcome: Outcome;
  @Field() @MaxLength(200) form: string;
  @Field({ description: 'Why the board proposes it; required, at most 2000 characters.' })
  @MaxLength(2000)
  reason: string;
}

@InputType()
export class DecideProposalInput {
  @Field(() => ID) proposalId: string;
  @Field(() => DecisionEnum) decision: Decision;
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string | null;
}

@InputType({ description: "One decision and note for a selection of one review's proposals: all or nothing." })
export class DecideProposalsInput {
  @Field(() => ID) reviewId: string;
  @Field(() => [ID], { description: 'At most 1.000; repeated ids count once.' }) proposalIds: string[];
  @Field(() => DecisionEnum, { description: 'PENDING sets them back (undo) until the review is finalized.' })
  decision: Decision;
  @Field(() => String, { nullable: true }) @MaxLength(2000) note?: string | null;
}

@InputType()
export class FinalizeReviewInput {
  @Field(() => ID) reviewId: string;
  @Field() @MaxLength(100) decisionNumber: string;
  @Field(() => CalendarDateScalar) decisionDate: string;
}

@ObjectType()
export class ReviewPayload {
  @Field(() => Review, { nullable: true }) review: Review | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class ProposalPayload {
  @Field(() => Proposal, { nullable: true }) proposal: Proposal | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class DecideProposalsPayload {
  @Field(() => [Proposal], { description: 'The proposals decided, in the order asked; empty on userErrors.' })
  proposals: Proposal[];
  @Field(() => [UserError]) userErrors: UserError[];
}
