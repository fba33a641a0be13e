import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each caller's rate budget (a leaky bucket), shared by every API process. Unlogged on PostgreSQL: written on every
 * request, never worth a write-ahead log entry; a crash empties it, which only forgives.
 */
export class RateBudgets1765140000000 implements MigrationInterface {
  name = 'RateBudgets1765140000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE UNLOGGED TABLE rate_budgets (
        caller varchar PRIMARY KEY,
        level float8 NOT NULL,
        updated_at timestamptz NOT NULL,
        admitted boolean NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_budgets`);
  }
}
