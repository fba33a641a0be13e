import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The condition of the rule that made a proposal, as it was when the review was made: a review explains its
 * proposals the same way after the rule is edited. NULL for proposals by hand and for those made before this column.
 */
export class ProposalCondition1765020000000 implements MigrationInterface {
  name = 'ProposalCondition1765020000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE proposals ADD COLUMN condition jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE proposals DROP COLUMN condition`);
  }
}
