import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsInt, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { UserError } from '../../foundation/graphql/user-error';
import { Level } from './level.type';

@InputType()
export class CreateLevelInput {
  @Field({ description: 'Lower case letters, digits, - and _; at most 40 characters.' })
  @Matches(/^[a-z0-9_-]{1,40}$/, { message: 'key must be 1–40 lower case letters, digits, - or _' })
  @MaxLength(40)
  key: string;

  @Field()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(100, { message: 'name must be at most 100 characters' })
  name: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'depth must be 1 or more' })
  @Max(20, { message: 'depth must be 20 or less' })
  depth: number;
}

@ObjectType()
export class LevelPayload {
  @Field(() => Level, { nullable: true }) level: Level | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
