import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../foundation/graphql/connection';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { UserError } from '../../foundation/graphql/user-error';

@ObjectType({ description: 'Something the signed-in person should know: a reminder, an endpoint disabled…' })
export class Notification {
  @Field(() => ID) id: string;
  @Field({ description: 'WEBHOOK_DISABLED or REMINDER.' }) kind: string;
  @Field({ description: 'In the language `Accept-Language` asks for.' }) title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'Where in the web app it leads, e.g. /webhooks/<id>.' })
  link: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar, { nullable: true }) readAt: Date | null;
}

@ObjectType()
export class NotificationConnection extends ConnectionType(Notification) {}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { nullable: true, description: 'Absent or null: every notification of the person.' })
  ids?: string[] | null;
}

@ObjectType()
export class MarkNotificationsReadPayload {
  @Field(() => Int, { description: 'How many were unread and are read now.' }) marked: number;
  @Field(() => Int) unreadCount: number;
  @Field(() => [UserError]) userErrors: UserError[];
}
