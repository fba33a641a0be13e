import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { Role } from './role';
import { User } from './user.type';

@InputType()
export class CreateUserInput {
  @Field() email: string;
  @Field() name: string;
  @Field({ description: 'At least 10 characters, with a letter and a digit.' }) password: string;
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
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true disables the account and ends its sessions; false enables it again.',
  })
  disabled?: boolean | null;
  @Field(() => String, { nullable: true, description: "A new password (reset by an admin); ends the user's sessions." })
  password?: string | null;
}

@ObjectType()
export class UserPayload {
  @Field(() => User, { nullable: true }) user: User | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
