import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Each level's last known order, so that `ranking.changed` is sent when, and only when, it changes. */
export class RankingOrders1765440000000 implements MigrationInterface {
  name = 'RankingOrders1765440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ranking_orders (
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        level_key varchar(40) NOT NULL,
        as_of_period integer NOT NULL,
        unit_ranks text[] NOT NULL,
        checked_at timestamptz(3) NOT NULL,
        PRIMARY KEY (campaign_id, level_key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ranking_orders`);
  }
}
