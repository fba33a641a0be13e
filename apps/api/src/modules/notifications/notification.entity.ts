import type { Message } from '@thidua/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Something a person should know, shown in the app's notification list until read. */
@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'varchar' }) kind: NotificationKind;
  /** In both languages; the API answers the caller's. */
  @Column({ type: 'jsonb' }) title: Message;
  @Column({ type: 'jsonb' }) body: Message;
  /** A path in the web app, e.g. /webhooks/<id>. */
  @Column({ type: 'varchar', nullable: true }) link: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
}

export const NOTIFICATION_KINDS = ['WEBHOOK_DISABLED', 'REMINDER'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
