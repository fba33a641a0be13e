import { MaxLength } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../foundation/graphql/connection';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { UserError } from '../../foundation/graphql/user-error';

@ObjectType({
  description: "A set of targets of a campaign (bộ chỉ tiêu), e.g. the campaign's own and the annual plan's.",
})
export class TargetSet {
  @Field(() => ID) id: string;
  @Field() key: string;
  @Field() name: string;
  @Field({ description: 'Exactly one set of a campaign is primary: rankings use it unless told otherwise.' })
  primary: boolean;
  @Field(() => Int, { description: 'Increases with every change to the set or its targets.' }) version: number;
  // targets is resolved in TargetsResolver.
}

@ObjectType({ description: 'A target in percent: a level default (level set) or a unit override (unit set).' })
export class Target {
  @Field(() => ID) id: string;
  @Field(() => Float) value: number;
  // indicator, level and unit are resolved in TargetsResolver.
}

@ObjectType({ description: 'One change of one target: who, when, the old and the new value (null = none).' })
export class TargetChange {
  @Field(() => ID) id: string;
  @Field(() => DateTimeScalar) changedAt: Date;
  @Field(() => Float, { nullable: true }) oldValue: number | null;
  @Field(() => Float, { nullable: true }) newValue: number | null;
  // targetSet, indicator, level, unit and changedBy are resolved in TargetsResolver.
}

@ObjectType()
export class TargetChangeConnection extends ConnectionType(TargetChange) {}

@InputType()
export class CreateTargetSetInput {
  @Field(() => ID) campaignId: string;
  @Field({ description: 'Lower case letters, digits, - and _, e.g. plan-2023.' }) @MaxLength(40) key: string;
  @Field() @MaxLength(200) name: string;
  @Field({
    nullable: true,
    description: 'Makes the others not primary. The first set of a campaign is always primary.',
  })
  primary?: boolean;
}

@InputType()
export class UpdateTargetSetInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => String, { nullable: true }) @MaxLength(200) name?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true makes this set primary and the others not; a campaign always keeps one.',
  })
  primary?: boolean | null;
}

@InputType()
export class TargetInput {
  @Field() @MaxLength(64) indicatorCode: string;
  @Field(() => String, { nullable: true, description: 'A level default for this level…' })
  @MaxLength(40)
  levelKey?: string | null;
  @Field(() => ID, { nullable: true, description: '…or an override for this unit (exactly one of the two).' }) unitId?:
    string | null;
  @Field(() => Float, { nullable: true, description: 'Percent, 0–100; null clears the target.' }) value?: number | null;
}

@InputType()
export class SetTargetsInput {
  @Field(() => ID) campaignId: string;
  @Field() @MaxLength(40) targetSetKey: string;
  @Field(() => Int, { nullable: true, description: 'The target set version read; a stale one is refused with STALE.' })
  version?: number | null;
  @Field(() => [TargetInput], { description: 'Adds or replaces the targets listed; the others stay.' })
  targets: TargetInput[];
}

@ObjectType()
export class TargetSetPayload {
  @Field(() => TargetSet, { nullable: true }) targetSet: TargetSet | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class SetTargetsPayload {
  @Field(() => TargetSet, { nullable: true }) targetSet: TargetSet | null;
  @Field(() => Int, { description: 'How many targets changed (set, replaced or cleared).' }) changed: number;
  @Field(() => [UserError]) userErrors: UserError[];
}
