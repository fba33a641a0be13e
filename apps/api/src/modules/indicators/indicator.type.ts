import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../foundation/graphql/user-error';

@ObjectType({ description: 'A measured quantity (chỉ số): numerator ÷ denominator, reused across campaigns.' })
export class Indicator {
  @Field(() => ID) id: string;
  @Field({ description: 'Upper case, e.g. ONLINE_RESOLUTION; used in rule conditions.' }) code: string;
  @Field() name: string;
  @Field({ description: 'What the numerator counts, e.g. "Hồ sơ giải quyết trực tuyến".' }) numeratorLabel: string;
  @Field({ description: 'What the denominator counts, e.g. "Hồ sơ tiếp nhận".' }) denominatorLabel: string;
  @Field() description: string;
  @Field(() => Int, {
    description: 'Grows with every change; send it back in updateIndicator to be told when someone else changed it.',
  })
  version: number;
}

@InputType()
export class CreateIndicatorInput {
  @Field() @MaxLength(64) code: string;
  @Field() @MaxLength(200) name: string;
  @Field() @MaxLength(200) numeratorLabel: string;
  @Field() @MaxLength(200) denominatorLabel: string;
  @Field({ nullable: true }) @MaxLength(2000) description?: string;
}

@InputType()
export class UpdateIndicatorInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) @MaxLength(200) name?: string;
  @Field({ nullable: true }) @MaxLength(200) numeratorLabel?: string;
  @Field({ nullable: true }) @MaxLength(200) denominatorLabel?: string;
  @Field({ nullable: true }) @MaxLength(2000) description?: string;
  @Field(() => Int, { nullable: true, description: 'The version read; a stale one is refused with STALE.' })
  version?: number;
}

@ObjectType()
export class IndicatorPayload {
  @Field(() => Indicator, { nullable: true }) indicator: Indicator | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
