import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders before and after each due instant (đôn đốc): a campaign's settings, each reminder sent (at most once
 * per campaign, period and offset) with whom it reached, and each person's choice of email kinds.
 */
export class Reminders1765320000000 implements MigrationInterface {
  name = 'Reminders1765320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE campaign_reminders (
        campaign_id uuid PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
        offsets_minutes integer[] NOT NULL,
        copy_to_parent_level_keys text[] NOT NULL DEFAULT '{}',
        sent_until timestamptz(3),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE reminder_sends (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        period_index integer NOT NULL,
        offset_minutes integer NOT NULL,
        due_at timestamptz(3) NOT NULL,
        sent_at timestamptz(3) NOT NULL,
        unit_count integer NOT NULL,
        recipient_count integer NOT NULL,
        UNIQUE (campaign_id, period_index, offset_minutes)
      )`);
    await queryRunner.query(`
      CREATE TABLE reminder_recipients (
        send_id uuid NOT NULL REFERENCES reminder_sends (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        unit_ids uuid[] NOT NULL,
        title jsonb NOT NULL,
        body jsonb NOT NULL,
        emailed_at timestamptz(3),
        email_error varchar(500),
        PRIMARY KEY (send_id, user_id)
      )`);
    await queryRunner.query(`ALTER TABLE users ADD COLUMN email_opt_out text[] NOT NULL DEFAULT '{}'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users DROP COLUMN email_opt_out`);
    await queryRunner.query(`DROP TABLE reminder_recipients`);
    await queryRunner.query(`DROP TABLE reminder_sends`);
    await queryRunner.query(`DROP TABLE campaign_reminders`);
  }
}
