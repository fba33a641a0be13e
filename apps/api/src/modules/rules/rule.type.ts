import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import type { Outcome } from '@thidua/domain';
import { UserError } from '../../foundation/graphql/user-error';

export enum OutcomeEnum {
  COMMENDATION = 'COMMENDATION',
  DISCIPLINE = 'DISCIPLINE',
}
registerEnumType(OutcomeEnum, { name: 'Outcome', description: 'Khen thưởng (COMMENDATION) or xử lý (DISCIPLINE).' });

@ObjectType({
  description: 'An emulation rule (tiêu chí thi đua): when its condition holds for a unit, it proposes its form.',
})
export class Rule {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field() code: string;
  @Field() name: string;
  @Field(() => OutcomeEnum) outcome: Outcome;
  @Field({ description: 'e.g. Bằng khen của Chủ tịch UBND tỉnh, Biểu dương, Phê bình, Nhắc nhở.' }) form: string;
  @Field(() => Int, { description: 'Among matching rules of one outcome, the highest priority gives the proposal.' })
  priority: number;
  @Field(() => JSONResolver, { description: "A JSON Logic expression over a unit's facts (docs/domain.md §5)." })
  condition: unknown;
  @Field() enabled: boolean;
}

@InputType({ description: 'A rule as drafted: for createRule, and for previewRules without saving.' })
export class RuleDraftInput {
  @Field() @MaxLength(60) code: string;
  @Field() @MaxLength(200) name: string;
  @Field(() => OutcomeEnum) outcome: Outcome;
  @Field() @MaxLength(200) form: string;
  @Field(() => Int) priority: number;
  @Field(() => JSONResolver) condition: unknown;
}

@InputType()
export class CreateRuleInput extends RuleDraftInput {
  @Field(() => ID) campaignId: string;
  @Field({ nullable: true, description: 'true when absent.' }) enabled?: boolean;
}

@InputType()
export class UpdateRuleInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => String, { nullable: true }) @MaxLength(60) code?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(200) name?: string | null;
  @Field(() => OutcomeEnum, { nullable: true }) outcome?: Outcome | null;
  @Field(() => String, { nullable: true }) @MaxLength(200) form?: string | null;
  @Field(() => Int, { nullable: true }) priority?: number | null;
  @Field(() => JSONResolver, { nullable: true }) condition?: unknown;
  @Field(() => Boolean, { nullable: true, description: 'false disables the rule: it no longer makes proposals.' })
  enabled?: boolean | null;
}

@ObjectType()
export class RulePayload {
  @Field(() => Rule, { nullable: true }) rule: Rule | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
