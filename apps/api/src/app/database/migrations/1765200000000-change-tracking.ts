import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each report and unit last changed, for other apps polling for changes (`updatedSince`, `orderBy:
 * UPDATED_AT`). Stored to the millisecond, the precision of the API's DateTime, so that a value read back names its
 * row's place exactly. A report's last change so far is its latest recorded revision.
 */
export class ChangeTracking1765200000000 implements MigrationInterface {
  name = 'ChangeTracking1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE reports ADD COLUMN updated_at timestamptz(3)`);
    await queryRunner.query(`
      UPDATE reports r SET updated_at = coalesce(
        (SELECT max(revision.recorded_at) FROM report_revisions revision WHERE revision.report_id = r.id),
        r.created_at)`);
    await queryRunner.query(
      `ALTER TABLE reports ALTER COLUMN updated_at SET NOT NULL, ALTER COLUMN updated_at SET DEFAULT now()`,
    );
    await queryRunner.query(`CREATE INDEX reports_campaign_updated_idx ON reports (campaign_id, updated_at, id)`);
    await queryRunner.query(`ALTER TABLE units ALTER COLUMN updated_at TYPE timestamptz(3)`);
    await queryRunner.query(`CREATE INDEX units_updated_idx ON units (updated_at, id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX units_updated_idx`);
    await queryRunner.query(`ALTER TABLE units ALTER COLUMN updated_at TYPE timestamptz`);
    await queryRunner.query(`DROP INDEX reports_campaign_updated_idx`);
    await queryRunner.query(`ALTER TABLE reports DROP COLUMN updated_at`);
  }
}
