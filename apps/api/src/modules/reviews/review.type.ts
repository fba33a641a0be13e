import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import type { Outcome } from '@thidua/domain';
import { CalendarDateScalar, DateTimeScalar } from '../../foundation/graphql/scalars';
import { UserError } from '../../foundation/graphql/user-error';
import { OutcomeEnum } from '../rules';
import { Unit, type UnitEntity } from '../units';
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
  // campaign, targetSet, rankings, proposals, previousReview and comparison are resolved in ReviewsResolver.
}

@ObjectType({
  description:
    'A unit proposed in both reviews (rejected proposals aside) whose outcomes differ, e.g. commended in the ' +
    'previous review and disciplined in this one.',
})
export class OutcomeChange {
  @Field(() => Unit) unit: UnitEntity;
  @Field(() => [OutcomeEnum], {
    description: "The unit's outcomes in the previous review, without repeats, commendation first.",
  })
  before: Outcome[];
  @Field(() => [OutcomeEnum], {
    description: "The unit's outcomes in this review, without repeats, commendation first.",
  })
  after: Outcome[];
}

@ObjectType({
  description:
    'What changed since the previous review of the campaign. Rejected proposals count on neither side; a proposal ' +
    'matches another of the same unit, outcome and form (another form of the same outcome is one dropped and one ' +
    "added). Lists are in the order of the unit's name, then outcome (commendation first) and form.",
})
export class ReviewComparison {
  @Field(() => Review, { description: "The review compared with: this review's previousReview." })
  previousReview: Review;
  @Field(() => [Proposal], {
    description: "This review's proposals whose unit, outcome and form the previous review did not propose.",
  })
  added: Proposal[];
  @Field(() => [Proposal], {
    description: "The previous review's proposals whose unit, outcome and form this review does not propose.",
  })
  dropped: Proposal[];
  @Field(() => [OutcomeChange], {
    description: 'The units proposed in both reviews whose set of outcomes differs, in the order of their names.',
  })
  outcomeChanged: OutcomeChange[];
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
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'true: finalize although some proposals are still in conflict, the conflicts being recorded in the audit log; ' +
      'otherwise such a review is refused with UNRESOLVED_CONFLICTS.',
  })
  acceptConflicts?: boolean | null;
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
