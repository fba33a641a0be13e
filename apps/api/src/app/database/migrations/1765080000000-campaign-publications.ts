import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A campaign's public scoreboard: whether it is published, where, which levels, which figures, from which period. */
export class CampaignPublications1765080000000 implements MigrationInterface {
  name = 'CampaignPublications1765080000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE campaign_publications (
        campaign_id uuid PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,
        slug varchar NOT NULL,
        published boolean NOT NULL,
        level_ids jsonb NOT NULL,
        figures varchar NOT NULL CHECK (figures IN ('SCORE_AND_CLASS', 'WITH_RATES')),
        from_period int NOT NULL CHECK (from_period >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX campaign_publications_slug ON campaign_publications (slug)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE campaign_publications`);
  }
}
