import { MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../foundation/graphql/user-error';
import { User } from '../users';

@InputType()
export class LoginInput {
  @Field() @MaxLength(254) email: string;
  @Field() @MaxLength(200) password: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, {
    nullable: true,
    description: 'Send as `Authorization: Bearer <token>`; valid 7 days or until logout.',
  })
  token: string | null;
  @Field(() => User, { nullable: true }) user: User | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@InputType()
export class LogoutInput {
  @Field(() => Boolean, {
    nullable: true,
    description: "true ends every session of the signed-in user (on every device), not only this token's.",
  })
  everywhere?: boolean | null;
}

@ObjectType()
export class LogoutPayload {
  @Field() ok: boolean;
  @Field(() => Int, { description: 'How many sessions this ended.' }) sessionsEnded: number;
  @Field(() => [UserError]) userErrors: UserError[];
}
