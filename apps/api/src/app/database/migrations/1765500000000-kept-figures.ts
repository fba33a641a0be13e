import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ranking's figures kept at write time (modules/campaigns/kept-figures.ts): each campaign's basis (the on-time
 * bounds and indicators its rows were counted with) and, per unit and period from its first report on, the
 * cumulative tally and sums. Filled for the reports already in by the next migration (KeptFigureSnapshots).
 * No foreign key on the rows: they are derived, rewritten by every refresh, and checking two per row would double
 * the cost of filling a national campaign.
 */
export class KeptFigures1765500000000 implements MigrationInterface {
  name = 'KeptFigures1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE kept_figure_bases (
        campaign_id uuid PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
        on_time_before timestamptz[] NOT NULL,
        indicator_ids uuid[] NOT NULL,
        pace_window int NOT NULL DEFAULT 3
      )`);
    await queryRunner.query(`
      CREATE TABLE unit_period_figures (
        campaign_id uuid NOT NULL,
        unit_id uuid NOT NULL,
        period_index int NOT NULL,
        reports int NOT NULL,
        on_time int NOT NULL,
        latest smallint,
        numerators float8[] NOT NULL,
        denominators float8[] NOT NULL,
        previous_numerators float8[],
        previous_denominators float8[],
        base_numerators float8[],
        base_denominators float8[],
        PRIMARY KEY (campaign_id, unit_id, period_index)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE unit_period_figures');
    await queryRunner.query('DROP TABLE kept_figure_bases');
  }
}
