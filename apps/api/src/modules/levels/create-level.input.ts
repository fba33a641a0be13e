import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { UserError } from '../../foundation/graphql/user-error';
import { Level } from './level.type';

/** Checked by LevelsService (level-rules.ts); `@MaxLength` is the limit every mutation's arguments are held to. */
@InputType()
export class CreateLevelInput {
  @Field({ description: 'Lower case letters, digits, - and _; at most 40 characters.' })
  @MaxLength(40)
  key: string;

  @Field()
  @MaxLength(100, { message: 'name must be at most 100 characters' })
  name: string;

  @Field(() => Int)
  depth: number;
}

@ObjectType()
export class LevelPayload {
  @Field(() => Level, { nullable: true }) level: Level | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
