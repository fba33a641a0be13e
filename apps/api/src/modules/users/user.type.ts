import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../foundation/graphql/connection';
import { Role } from '../../foundation/access/role';

@ObjectType({ description: 'A person who signs in. `unit` is the unit a REPORTER reports for.' })
export class User {
  @Field(() => ID) id: string;
  email: string; // resolved in UsersResolver: personal data, for an administrator and the user themself
  @Field() name: string;
  @Field(() => Role) role: Role;
  // unit and disabled are resolved in UsersResolver.
}

@ObjectType()
export class UserConnection extends ConnectionType(User) {}
