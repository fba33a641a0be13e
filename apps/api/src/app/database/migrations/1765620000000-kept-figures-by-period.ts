import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The kept figures of one period, all units at once, as a ranking reads them: without it a ranking scanned every
 * period's rows of the campaign (a country's 10.600 communes × 11 weeks: 116.600 rows for 10.600 used), a read that
 * grew with the campaign's length.
 */
export class KeptFiguresByPeriod1765620000000 implements MigrationInterface {
  name = 'KeptFiguresByPeriod1765620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX unit_period_figures_by_period ON unit_period_figures (campaign_id, period_index, unit_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX unit_period_figures_by_period`);
  }
}
