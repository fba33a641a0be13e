import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../foundation/access/role';
import type { Viewer } from '../../foundation/access/viewer';
import { EVENT_TYPES } from '../../foundation/events/outbox';
import { pageWindow } from '../../foundation/graphql/connection';
import type { Context } from '../../foundation/graphql/context';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import type { JobQueue } from '../../foundation/jobs/job-queue';
import type { Outcome } from '../../foundation/errors/problem';
import type { WebhookDeliveryAttemptEntity, WebhookDeliveryEntity } from './webhook-delivery.entity';
import type { WebhookEndpointEntity } from './webhook-endpoint.entity';
import type { WebhookSettings } from './webhook-settings';
import {
  CreateWebhookEndpointInput,
  DeleteWebhookEndpointInput,
  RedeliverWebhookInput,
  RedeliverWebhookPayload,
  UpdateWebhookEndpointInput,
  WebhookDelivery,
  WebhookDeliveryAttempt,
  WebhookDeliveriesArgs,
  WebhookDeliveryConnection,
  WebhookEndpoint,
  WebhookEndpointPayload,
} from './webhook.type';
import { attemptsByDeliveryId, WebhooksService } from './webhooks.service';

/** What the webhook resolvers are built with: the address policy and retries, and the queue deliveries go to. */
export interface WebhookServices {
  settings: WebhookSettings;
  jobs: JobQueue | null;
}

@Resolver(() => WebhookEndpoint)
export class WebhooksResolver {
  constructor(private readonly services: WebhookServices) {}

  private service(ctx: Context): WebhooksService {
    return new WebhooksService(ctx.dataSource, this.services.settings, this.services.jobs);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [String], { description: 'The event types an endpoint may ask for.' })
  webhookEventTypes(): readonly string[] {
    return EVENT_TYPES;
  }

  @Authorized(Role.ADMIN)
  @Query(() => [WebhookEndpoint], { description: 'Every webhook endpoint, the oldest first.' })
  webhookEndpoints(@Ctx() ctx: Context) {
    return this.service(ctx).list();
  }

  @Authorized(Role.ADMIN)
  @Query(() => WebhookEndpoint, { nullable: true })
  webhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return this.service(ctx).findById(id);
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: 'Its deliveries, the newest first.' })
  deliveries(@Root() endpoint: WebhookEndpointEntity, @Args() args: WebhookDeliveriesArgs, @Ctx() ctx: Context) {
    return this.service(ctx).deliveries(endpoint.id, args.status ?? null, pageWindow(args));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpointPayload, { description: 'The endpoint starts receiving the next events at once.' })
  async createWebhookEndpoint(
    @Arg('input') input: CreateWebhookEndpointInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointPayload> {
    return endpointPayload(await this.service(ctx).create(input, viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpointPayload)
  async updateWebhookEndpoint(
    @Arg('input') input: UpdateWebhookEndpointInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointPayload> {
    return endpointPayload(await this.service(ctx).update(input, viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpointPayload, { description: 'Removes the endpoint and its delivery log.' })
  async deleteWebhookEndpoint(
    @Arg('input') input: DeleteWebhookEndpointInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointPayload> {
    return endpointPayload(await this.service(ctx).delete(input.id, viewer));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RedeliverWebhookPayload, { description: 'Sends a delivery again, whatever became of it.' })
  async redeliverWebhook(
    @Arg('input') input: RedeliverWebhookInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<RedeliverWebhookPayload> {
    const outcome = await this.service(ctx).redeliver(input.deliveryId, viewer);
    return outcome.ok
      ? { delivery: outcome.value as WebhookDelivery, userErrors: [] }
      : { delivery: null, userErrors: outcome.userErrors };
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => [WebhookDeliveryAttempt], { description: 'Every attempt, the first first.' })
  attemptLog(@Root() delivery: WebhookDeliveryEntity, @Ctx() ctx: Context): Promise<WebhookDeliveryAttemptEntity[]> {
    return ctx.loaders.of(attemptsByDeliveryId).load(delivery.id);
  }
}

function endpointPayload(outcome: Outcome<WebhookEndpointEntity>): WebhookEndpointPayload {
  return outcome.ok
    ? { webhookEndpoint: outcome.value as WebhookEndpoint, userErrors: [] }
    : { webhookEndpoint: null, userErrors: outcome.userErrors };
}
