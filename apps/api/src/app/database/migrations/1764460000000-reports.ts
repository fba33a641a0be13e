import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Weekly reports: one per unit, campaign and period, their values, and every revision. */
export class Reports1764460000000 implements MigrationInterface {
  name = 'Reports1764460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        unit_id uuid NOT NULL REFERENCES units(id),
        period_index int NOT NULL CHECK (period_index >= 1),
        first_submitted_at timestamptz NOT NULL,
        last_submitted_at timestamptz NOT NULL,
        revision int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (campaign_id, unit_id, period_index)
      )`);
    await queryRunner.query(`CREATE INDEX reports_campaign_period_idx ON reports (campaign_id, period_index)`);
    await queryRunner.query(`
      CREATE TABLE report_values (
        report_id uuid NOT NULL REFERENCES reports(id),
        indicator_id uuid NOT NULL REFERENCES indicators(id),
        numerator bigint NOT NULL CHECK (numerator >= 0),
        denominator bigint NOT NULL CHECK (denominator >= numerator),
        PRIMARY KEY (report_id, indicator_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE report_revisions (
        id bigserial PRIMARY KEY,
        report_id uuid NOT NULL REFERENCES reports(id),
        revision int NOT NULL,
        submitted_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        submitted_by uuid REFERENCES users(id),
        backfilled boolean NOT NULL DEFAULT false,
        source varchar(20) NOT NULL DEFAULT 'FORM',
        previous_values jsonb,
        new_values jsonb NOT NULL,
        UNIQUE (report_id, revision)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['report_revisions', 'report_values', 'reports'])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
