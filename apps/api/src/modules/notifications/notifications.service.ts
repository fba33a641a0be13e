import type { Message } from '@thidua/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { connectionOf, type Connection, type PageWindow } from '../../foundation/graphql/connection';
import { NotificationEntity, type NotificationKind } from './notification.entity';

export interface NewNotification {
  kind: NotificationKind;
  title: Message;
  body: Message;
  link: string | null;
}

/** Notifies every enabled administrator, inside the caller's transaction. */
export async function notifyAdmins(manager: EntityManager, notification: NewNotification): Promise<void> {
  await manager.query(
    `INSERT INTO notifications (user_id, kind, title, body, link)
     SELECT id, $1, $2::jsonb, $3::jsonb, $4 FROM users WHERE role = 'ADMIN' AND disabled_at IS NULL`,
    [notification.kind, JSON.stringify(notification.title), JSON.stringify(notification.body), notification.link],
  );
}

export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  /** A person's notifications, the newest first. */
  async list(userId: string, window: PageWindow): Promise<Connection<NotificationEntity>> {
    const [rows, total] = await this.dataSource.getRepository(NotificationEntity).findAndCount({
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: window.offset,
      take: window.limit,
    });
    return connectionOf(rows, window, total);
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row.count;
  }

  /** Marks the person's notifications read: those named, or all of them; answers how many changed. */
  async markRead(userId: string, ids: readonly string[] | null, now: Date): Promise<number> {
    // (TypeORM answers an UPDATE with [rows, count]; the CTE makes it a plain SELECT.)
    const [row] = await this.dataSource.query(
      `WITH changed AS (
         UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL
           AND ($3::uuid[] IS NULL OR id = ANY ($3::uuid[])) RETURNING id
       ) SELECT count(*)::int AS count FROM changed`,
      [userId, now, ids],
    );
    return row.count;
  }
}
