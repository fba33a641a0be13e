import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One report value counts at most 1.000.000.000 dossiers (the domain's MAX_REPORTED_COUNT), as the API says; the
 * database holds to it too, so that no path around the services can store a count the API cannot answer as an Int.
 * NOT VALID: rows written before the limit are left as they are (PostgreSQL checks every new or changed row).
 */
export class ReportCountRange1764900000000 implements MigrationInterface {
  name = 'ReportCountRange1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE report_values ADD CONSTRAINT report_values_count_range CHECK (denominator <= 1000000000) NOT VALID`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE report_values DROP CONSTRAINT report_values_count_range`);
  }
}
