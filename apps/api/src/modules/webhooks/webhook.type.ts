import { MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../../foundation/graphql/connection';
import { DateTimeScalar } from '../../foundation/graphql/scalars';
import { UserError } from '../../foundation/graphql/user-error';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'PENDING: not yet answered 2xx, retries to come; DELIVERED: answered 2xx; FAILED: retries ran out.',
});

export enum WebhookDisabledReason {
  BY_ADMIN = 'BY_ADMIN',
  FAILING = 'FAILING',
}
registerEnumType(WebhookDisabledReason, { name: 'WebhookDisabledReason' });

@ObjectType({ description: 'One try at sending a delivery.' })
export class WebhookDeliveryAttempt {
  @Field(() => DateTimeScalar) attemptedAt: Date;
  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null when none came.' })
  statusCode: number | null;
  @Field(() => String, { nullable: true, description: 'Why it failed: the status, a timeout, a refused address…' })
  error: string | null;
  @Field(() => Int) durationMs: number;
  @Field({ description: 'Asked for by an admin (redeliverWebhook).' }) manual: boolean;
}

@ObjectType({ description: 'One event sent to one endpoint, with its attempts.' })
export class WebhookDelivery {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The event id, sent as `webhook-id`: the same on every attempt.' }) eventId: string;
  @Field(() => WebhookDeliveryStatus) status: WebhookDeliveryStatus;
  @Field(() => Int) attempts: number;
  @Field(() => DateTimeScalar, { nullable: true }) deliveredAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastAttemptAt: Date | null;
  @Field(() => Int, { nullable: true }) lastStatusCode: number | null;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field(() => DateTimeScalar) createdAt: Date;
}

@ObjectType()
export class WebhookDeliveryConnection extends ConnectionType(WebhookDelivery) {}

@ObjectType({ description: 'Where another app hears of events: each is POSTed there, signed, retried for a day.' })
export class WebhookEndpoint {
  @Field(() => ID) id: string;
  @Field() url: string;
  @Field() description: string;
  @Field(() => [String], { description: 'Among webhookEventTypes.' }) eventTypes: string[];
  @Field({
    description:
      'The key deliveries are signed with (Standard Webhooks: HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<body>`).',
  })
  secret: string;
  @Field() enabled: boolean;
  @Field(() => WebhookDisabledReason, { nullable: true }) disabledReason: WebhookDisabledReason | null;
  @Field(() => Int, { description: 'Failed attempts since the last success.' }) consecutiveFailures: number;
  @Field(() => DateTimeScalar) createdAt: Date;
  @Field(() => DateTimeScalar) updatedAt: Date;
}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => WebhookDeliveryStatus, { nullable: true }) status?: WebhookDeliveryStatus | null;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'http:// or https://; internal addresses only when WEBHOOK_ALLOWED_HOSTS allows the host.' })
  @MaxLength(2000)
  url: string;
  @Field(() => String, { nullable: true, description: 'Which app it is for; at most 200 characters.' })
  @MaxLength(200)
  description?: string | null;
  @Field(() => [String]) @MaxLength(40, { each: true }) eventTypes: string[];
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) url?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(200) description?: string | null;
  @Field(() => [String], { nullable: true }) @MaxLength(40, { each: true }) eventTypes?: string[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'false stops deliveries; true starts them again and sends what waited meanwhile.',
  })
  enabled?: boolean | null;
}

@InputType()
export class DeleteWebhookEndpointInput {
  @Field(() => ID) id: string;
}

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID) deliveryId: string;
}

@ObjectType()
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { nullable: true }) webhookEndpoint: WebhookEndpoint | null;
  @Field(() => [UserError]) userErrors: UserError[];
}

@ObjectType()
export class RedeliverWebhookPayload {
  @Field(() => WebhookDelivery, { nullable: true }) delivery: WebhookDelivery | null;
  @Field(() => [UserError]) userErrors: UserError[];
}
