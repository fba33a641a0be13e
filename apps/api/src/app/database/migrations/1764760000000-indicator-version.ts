import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indicators carry a version, so that two admins editing one indicator cannot overwrite each other unseen. */
export class IndicatorVersion1764760000000 implements MigrationInterface {
  name = 'IndicatorVersion1764760000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE indicators ADD COLUMN version int NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE indicators DROP COLUMN version`);
  }
}
