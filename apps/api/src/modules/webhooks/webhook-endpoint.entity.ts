import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type EndpointDisabledReason = 'BY_ADMIN' | 'FAILING';

/** Where another app wants to hear of events, and which ones. */
@Entity('webhook_endpoints')
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar' }) url: string;
  @Column({ type: 'varchar' }) description: string;
  @Column({ name: 'event_types', type: 'text', array: true }) eventTypes: string[];
  /** `whsec_` and 32 random bytes in base64: the key every delivery's signature is made with. */
  @Column({ type: 'varchar' }) secret: string;
  @Column({ type: 'boolean' }) enabled: boolean;
  @Column({ name: 'disabled_reason', type: 'varchar', nullable: true }) disabledReason: EndpointDisabledReason | null;
  /** Failed attempts since the last delivery that succeeded, and since when. */
  @Column({ name: 'consecutive_failures', type: 'integer' }) consecutiveFailures: number;
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true }) failingSince: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
