import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { UserError } from '../../foundation/graphql/user-error';

@ObjectType({ description: 'A token another app sends as `Authorization: Bearer`; it may do what its scopes say.' })
export class ApiToken {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => [String], { description: 'read:units, read:reports, read:rankings, write:reports.' }) scopes: string[];
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'To the minute.' }) lastUsedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt: Date | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'From this instant on the token is refused; null: it does not expire.',
  })
  expiresAt: Date | null;
}

@InputType()
export class CreateApiTokenInput {
  @Field({ description: 'Which app it is for, e.g. "Cổng dịch vụ công tỉnh"; at most 200 characters.' })
  @MaxLength(200)
  name: string;
  @Field(() => [String]) @MaxLength(40, { each: true }) scopes: string[];
  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the token stops working (in the future); null or absent: it does not expire. ' +
      'A token also stops working while the admin who created it is disabled.',
  })
  expiresAt?: Date | null;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID) id: string;
}

@ObjectType()
export class ApiTokenPayload {
  @Field(() => ApiToken, { nullable: true }) apiToken: ApiToken | null;
  @Field(() => String, {
    nullable: true,
    description: 'The secret, only in the answer that creates the token: keep it, it is not shown again.',
  })
  token: string | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
