import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../foundation/graphql/user-error';
import { Role } from '../../foundation/access/role';
import { User } from './user.type';

@InputType()
export class CreateUserInput {
  @Field() @MaxLength(254) email: string;
  @Field() @MaxLength(200) name: string;
  @Field({ description: 'At least 10 characters, with a letter and a digit; at most 200.' })
  @MaxLength(200)
  password: string;
  @Field(() => Role) role: Role;
  @Field(() => ID, {
    nullable: true,
    description: 'Required for a REPORTER: the unit it reports for (and the units under it).',
  })
  unitId?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) @MaxLength(200) name?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true disables the account and ends its sessions; false enables it again.',
  })
  disabled?: boolean | null;
  @Field(() => String, { nullable: true, description: "A new password (reset by an admin); ends the user's sessions." })
  @MaxLength(200)
  password?: string | null;
}

@ObjectType()
export class UserPayload {
  @Field(() => User, { nullable: true }) user: User | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType()
export class SignOutUserInput {
  @Field(() => ID) userId: string;
}

@ObjectType()
export class SignOutUserPayload {
  @Field(() => User, { nullable: true }) user: User | null;
  @Field(() => Int, { description: 'How many open sessions were ended.' }) sessionsEnded: number;
  @Field(() => [UserError]) userErrors: UserError[];
}
