import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/** One event for one endpoint: sent until the endpoint answers 2xx, or until its retries run out. */
@Entity('webhook_deliveries')
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'endpoint_id', type: 'uuid' }) endpointId: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @Column({ type: 'varchar' }) status: DeliveryStatus;
  @Column({ type: 'integer' }) attempts: number;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt: Date | null;
  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true }) lastAttemptAt: Date | null;
  @Column({ name: 'last_status_code', type: 'integer', nullable: true }) lastStatusCode: number | null;
  @Column({ name: 'last_error', type: 'varchar', nullable: true }) lastError: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt: Date;
}

/** One try at sending a delivery, with what the endpoint answered. */
@Entity('webhook_delivery_attempts')
export class WebhookDeliveryAttemptEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'delivery_id', type: 'uuid' }) deliveryId: string;
  @Column({ name: 'attempted_at', type: 'timestamptz' }) attemptedAt: Date;
  /** The HTTP status the endpoint answered; null when none came (refused address, timeout, connection error). */
  @Column({ name: 'status_code', type: 'integer', nullable: true }) statusCode: number | null;
  @Column({ type: 'varchar', nullable: true }) error: string | null;
  @Column({ name: 'duration_ms', type: 'integer' }) durationMs: number;
  /** Asked for by an admin (redeliverWebhook) rather than scheduled. */
  @Column({ type: 'boolean' }) manual: boolean;
}
