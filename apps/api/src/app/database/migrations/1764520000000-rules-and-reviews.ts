import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Emulation rules, reviews with their frozen snapshot, and proposals with the board's decisions. */
export class RulesAndReviews1764520000000 implements MigrationInterface {
  name = 'RulesAndReviews1764520000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        code varchar(60) NOT NULL,
        name varchar(200) NOT NULL,
        outcome varchar(12) NOT NULL CHECK (outcome IN ('COMMENDATION', 'DISCIPLINE')),
        form varchar(200) NOT NULL,
        priority int NOT NULL,
        condition jsonb NOT NULL,
        enabled boolean NOT NULL DEFAULT true,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (campaign_id, code)
      )`);
    await queryRunner.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        name varchar(300) NOT NULL,
        as_of_period int NOT NULL,
        target_set_id uuid NOT NULL REFERENCES target_sets(id),
        status varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'FINALIZED')),
        snapshot jsonb NOT NULL,
        decision_number varchar(100),
        decision_date date,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        finalized_by uuid REFERENCES users(id),
        finalized_at timestamptz
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX reviews_decision_number ON reviews (campaign_id, decision_number) WHERE decision_number IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES reviews(id),
        unit_id uuid NOT NULL REFERENCES units(id),
        outcome varchar(12) NOT NULL CHECK (outcome IN ('COMMENDATION', 'DISCIPLINE')),
        form varchar(200) NOT NULL,
        rule_code varchar(60),
        reason text NOT NULL,
        evidence jsonb NOT NULL DEFAULT '[]',
        decision varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (decision IN ('PENDING', 'APPROVED', 'REJECTED')),
        note text,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        added_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX proposals_review_idx ON proposals (review_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['proposals', 'reviews', 'rules']) await queryRunner.query(`DROP TABLE ${table}`);
  }
}
