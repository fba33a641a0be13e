import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A change other apps may hear of, written in the same transaction as the change itself (the outbox). */
@Entity('outbox_events')
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The order events happened in (a sequence): the dispatcher sends them in this order. */
  @Column({ type: 'bigint', insert: false, update: false }) position: string;
  @Column({ type: 'varchar' }) type: string;
  @Column({ name: 'occurred_at', type: 'timestamptz', insert: false }) occurredAt: Date;
  @Column({ type: 'jsonb' }) data: object;
  /** When the dispatcher turned the event into deliveries; null until then. */
  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true }) dispatchedAt: Date | null;
}
