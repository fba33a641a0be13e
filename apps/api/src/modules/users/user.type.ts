import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role';

@ObjectType({ description: 'A person who signs in. `unit` is the unit a REPORTER reports for.' })
export class User {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field(() => Role) role: Role;
  // unit is resolved in UsersResolver.
}
