import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What happens at each due instant: the period is closed once (the `period.closed` event), and the weekly report is
 * emailed to the campaign's recipients (the chairman's office) once, a set delay after it.
 */
export class PeriodClose1765380000000 implements MigrationInterface {
  name = 'PeriodClose1765380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE period_closings (
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        period_index integer NOT NULL,
        closed_at timestamptz(3) NOT NULL,
        missing_count integer NOT NULL,
        PRIMARY KEY (campaign_id, period_index)
      )`);
    await queryRunner.query(`
      CREATE TABLE weekly_report_mailings (
        campaign_id uuid PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
        recipients text[] NOT NULL,
        delay_minutes integer NOT NULL DEFAULT 0,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE weekly_report_sends (
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        period_index integer NOT NULL,
        recipients text[] NOT NULL,
        queued_at timestamptz(3) NOT NULL,
        sent_at timestamptz(3),
        error varchar(500),
        PRIMARY KEY (campaign_id, period_index)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE weekly_report_sends`);
    await queryRunner.query(`DROP TABLE weekly_report_mailings`);
    await queryRunner.query(`DROP TABLE period_closings`);
  }
}
