import { Field, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error';
import { User } from '../users/user.type';

@InputType()
export class LoginInput {
  @Field() email: string;
  @Field() password: string;
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

@ObjectType()
export class LogoutPayload {
  @Field() ok: boolean;
  @Field(() => [UserError]) userErrors: UserError[];
}
