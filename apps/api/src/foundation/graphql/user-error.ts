import { Field, ObjectType } from 'type-graphql';
import type { Problem } from '../errors/problem';

/** A service's `Problem` as GraphQL answers it: the same three fields. */
@ObjectType({ description: 'An expected failure of a mutation; when a payload has any, nothing was written.' })
export class UserError implements Problem {
  @Field(() => String, { description: 'Stable machine-readable code, e.g. DUPLICATE_CODE, STALE, NOT_FOUND.' })
  code: Problem['code'];

  @Field(() => [String], { nullable: true, description: 'Path of the input field at fault, e.g. ["input", "code"].' })
  field: string[] | null;

  @Field()
  message: string;
}
