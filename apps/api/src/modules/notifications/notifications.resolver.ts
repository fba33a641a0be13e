import { Arg, Args, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../../foundation/access/viewer';
import { isId } from '../../foundation/database/errors';
import { ConnectionArgs, pageWindow } from '../../foundation/graphql/connection';
import type { Context } from '../../foundation/graphql/context';
import { CurrentViewer } from '../../foundation/graphql/current-viewer';
import { localize } from '../../foundation/i18n/message';
import { userError } from '../../foundation/errors/problem';
import { msg } from '../../foundation/i18n/message';
import {
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  Notification,
  NotificationConnection,
} from './notification.type';
import { NotificationsService } from './notifications.service';

/** A person's own notifications: open to every signed-in user, never to an API token. */
@Resolver(() => Notification)
export class NotificationsResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "The signed-in person's notifications, the newest first." })
  async notifications(@Args() args: ConnectionArgs, @CurrentViewer() viewer: Viewer, @Ctx() ctx: Context) {
    const page = await new NotificationsService(ctx.dataSource).list(viewer.userId as string, pageWindow(args));
    return {
      ...page,
      edges: page.edges.map((edge) => ({
        ...edge,
        node: {
          ...edge.node,
          title: localize(edge.node.title, ctx.language),
          body: localize(edge.node.body, ctx.language),
        },
      })),
    };
  }

  @Authorized()
  @Query(() => Int, { description: "How many of the signed-in person's notifications are unread." })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer, @Ctx() ctx: Context): Promise<number> {
    return new NotificationsService(ctx.dataSource).unreadCount(viewer.userId as string);
  }

  @Authorized()
  @Mutation(() => MarkNotificationsReadPayload)
  async markNotificationsRead(
    @Arg('input') input: MarkNotificationsReadInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: Context,
  ): Promise<MarkNotificationsReadPayload> {
    const service = new NotificationsService(ctx.dataSource);
    const userId = viewer.userId as string;
    const bad = (input.ids ?? []).findIndex((id) => !isId(id));
    if (bad >= 0) {
      return {
        marked: 0,
        unreadCount: await service.unreadCount(userId),
        userErrors: [
          userError(
            'NOT_FOUND',
            ['input', 'ids', String(bad)],
            msg('There is no such notification.', 'Không có thông báo này.'),
          ),
        ],
      };
    }
    const marked = await service.markRead(userId, input.ids ?? null, new Date());
    return { marked, unreadCount: await service.unreadCount(userId), userErrors: [] };
  }
}
