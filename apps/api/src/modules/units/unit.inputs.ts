import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { UserError } from '../../foundation/graphql/user-error';
import { Unit } from './unit.type';

export const UNIT_CODE_PATTERN = /^[A-Za-z0-9._-]{1,40}$/;
export const UNIT_NAME_MAX = 200;

@InputType()
export class CreateUnitInput {
  @Field({ description: 'Unique; 1–40 letters, digits, ".", "_" or "-" (e.g. the GSO code 31999).' })
  @MaxLength(40)
  code: string;
  @Field({ description: 'At most 200 characters.' }) @MaxLength(UNIT_NAME_MAX) name: string;
  @Field() @MaxLength(40) levelKey: string;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
}

@InputType()
export class UpdateUnitInput {
  @Field(() => ID) id: string;
  @Field({ nullable: true }) @MaxLength(40) code?: string;
  @Field({ nullable: true }) @MaxLength(UNIT_NAME_MAX) name?: string;
  @Field({ nullable: true }) @MaxLength(40) levelKey?: string;
  @Field(() => ID, { nullable: true, description: 'null makes the unit a root; absent leaves the parent as it is.' })
  parentId?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version read; a stale one is refused with STALE.' })
  version?: number;
}

@InputType()
export class ArchiveUnitInput {
  @Field(() => ID) id: string;
}

@InputType()
export class ImportUnitsInput {
  @Field({ description: 'CSV text with the header code,name,levelKey,parentCode; at most 5 MB.' })
  @MaxLength(5_000_000, { message: 'csv must be at most 5 MB' })
  csv: string;
}

@ObjectType()
export class UnitPayload {
  @Field(() => Unit, { nullable: true }) unit: Unit | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class ImportUnitsPayload {
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => [Unit], { description: 'The units created or changed.' }) units: Unit[];
  @Field(() => [UserError], {
    description: 'One per bad cell, with field ["csv", "<row>", "<column>"]; row 1 is the header.',
  })
  userErrors: UserError[];
}
