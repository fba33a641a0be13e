import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A campaign's scoring settings (docs/domain.md §4a: bonus for exceeding targets, penalties for late and missing
 * reports, tie-breaks) as one JSON value; NULL for a campaign that sets none, which ranks exactly as before.
 */
export class CampaignScoring1764960000000 implements MigrationInterface {
  name = 'CampaignScoring1764960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE campaigns ADD COLUMN scoring jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE campaigns DROP COLUMN scoring`);
  }
}
