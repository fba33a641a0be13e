import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox (events written in the same transaction as the change that causes them), the webhook endpoints other
 * apps register, each event's delivery to each endpoint with every attempt, and people's notifications. The job
 * queue's own tables (schema `pgboss`) are created and upgraded by pg-boss itself when the job runner starts.
 */
export class EventsAndWebhooks1765260000000 implements MigrationInterface {
  name = 'EventsAndWebhooks1765260000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        position bigserial NOT NULL UNIQUE,
        type varchar(40) NOT NULL,
        occurred_at timestamptz(3) NOT NULL DEFAULT now(),
        data jsonb NOT NULL,
        dispatched_at timestamptz(3)
      )`);
    await queryRunner.query(
      `CREATE INDEX outbox_events_pending_idx ON outbox_events (position) WHERE dispatched_at IS NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE webhook_endpoints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url varchar(2000) NOT NULL,
        description varchar(200) NOT NULL DEFAULT '',
        event_types text[] NOT NULL,
        secret varchar(100) NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        disabled_reason varchar(20),
        consecutive_failures integer NOT NULL DEFAULT 0,
        failing_since timestamptz(3),
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES outbox_events (id) ON DELETE CASCADE,
        status varchar(20) NOT NULL DEFAULT 'PENDING',
        attempts integer NOT NULL DEFAULT 0,
        claimed_until timestamptz(3),
        delivered_at timestamptz(3),
        last_attempt_at timestamptz(3),
        last_status_code integer,
        last_error varchar(500),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (endpoint_id, event_id)
      )`);
    await queryRunner.query(
      `CREATE INDEX webhook_deliveries_endpoint_idx ON webhook_deliveries (endpoint_id, created_at DESC, id)`,
    );
    await queryRunner.query(`
      CREATE TABLE webhook_delivery_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
        attempted_at timestamptz(3) NOT NULL,
        status_code integer,
        error varchar(500),
        duration_ms integer NOT NULL,
        manual boolean NOT NULL DEFAULT false
      )`);
    await queryRunner.query(
      `CREATE INDEX webhook_delivery_attempts_delivery_idx ON webhook_delivery_attempts (delivery_id, attempted_at)`,
    );
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind varchar(40) NOT NULL,
        title jsonb NOT NULL,
        body jsonb NOT NULL,
        link varchar(500),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_at timestamptz(3)
      )`);
    await queryRunner.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications`);
    await queryRunner.query(`DROP TABLE webhook_delivery_attempts`);
    await queryRunner.query(`DROP TABLE webhook_deliveries`);
    await queryRunner.query(`DROP TABLE webhook_endpoints`);
    await queryRunner.query(`DROP TABLE outbox_events`);
  }
}
