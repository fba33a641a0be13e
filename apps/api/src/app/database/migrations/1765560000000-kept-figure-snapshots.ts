import type { MigrationInterface, QueryRunner } from 'typeorm';
import { refreshCampaignFigures } from '../../../modules/campaigns';

/**
 * Each kept row also holds the cumulative figures at the period before and before the pace window, so that a
 * ranking reads one row per unit (modules/campaigns/kept-figures.ts). A database filled by the first kept-figures
 * migration gets the columns here; one made since has them already. Every campaign is refreshed.
 */
export class KeptFigureSnapshots1765560000000 implements MigrationInterface {
  name = 'KeptFigureSnapshots1765560000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE kept_figure_bases ADD COLUMN IF NOT EXISTS pace_window int NOT NULL DEFAULT 3`,
    );
    for (const column of ['previous_numerators', 'previous_denominators', 'base_numerators', 'base_denominators'])
      await queryRunner.query(`ALTER TABLE unit_period_figures ADD COLUMN IF NOT EXISTS ${column} float8[]`);
    const campaigns: { id: string }[] = await queryRunner.query('SELECT id FROM campaigns ORDER BY id');
    for (const { id } of campaigns) await refreshCampaignFigures(queryRunner.manager, id);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['previous_numerators', 'previous_denominators', 'base_numerators', 'base_denominators'])
      await queryRunner.query(`ALTER TABLE unit_period_figures DROP COLUMN ${column}`);
    await queryRunner.query(`ALTER TABLE kept_figure_bases DROP COLUMN pace_window`);
  }
}
