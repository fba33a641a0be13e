import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Indicators, campaigns (with their indicators and levels), target sets, targets and the target history. */
export class CampaignsAndTargets1764400000000 implements MigrationInterface {
  name = 'CampaignsAndTargets1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE indicators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code varchar(64) NOT NULL UNIQUE,
        name varchar(200) NOT NULL,
        numerator_label varchar(200) NOT NULL,
        denominator_label varchar(200) NOT NULL,
        description text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(300) NOT NULL,
        start_date date NOT NULL,
        end_date date NOT NULL CHECK (end_date >= start_date),
        time_zone varchar(64) NOT NULL,
        due_weekday varchar(10) NOT NULL,
        due_time varchar(5) NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'ACTIVE', 'CLOSED')),
        legend jsonb NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE campaign_indicators (
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        indicator_id uuid NOT NULL REFERENCES indicators(id),
        weight numeric NOT NULL CHECK (weight > 0),
        position int NOT NULL,
        PRIMARY KEY (campaign_id, indicator_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE campaign_levels (
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        level_id uuid NOT NULL REFERENCES levels(id),
        PRIMARY KEY (campaign_id, level_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE target_sets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        key varchar(40) NOT NULL,
        name varchar(200) NOT NULL,
        is_primary boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (campaign_id, key)
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX target_sets_one_primary ON target_sets (campaign_id) WHERE is_primary`,
    );
    await queryRunner.query(`
      CREATE TABLE targets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_set_id uuid NOT NULL REFERENCES target_sets(id),
        indicator_id uuid NOT NULL REFERENCES indicators(id),
        level_id uuid REFERENCES levels(id),
        unit_id uuid REFERENCES units(id),
        value numeric NOT NULL CHECK (value >= 0 AND value <= 100),
        CHECK ((level_id IS NULL) <> (unit_id IS NULL))
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX targets_level_default ON targets (target_set_id, indicator_id, level_id) WHERE level_id IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX targets_unit_override ON targets (target_set_id, indicator_id, unit_id) WHERE unit_id IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE target_changes (
        id bigserial PRIMARY KEY,
        target_set_id uuid NOT NULL REFERENCES target_sets(id),
        indicator_id uuid NOT NULL REFERENCES indicators(id),
        level_id uuid REFERENCES levels(id),
        unit_id uuid REFERENCES units(id),
        old_value numeric,
        new_value numeric,
        changed_by uuid REFERENCES users(id),
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX target_changes_set_idx ON target_changes (target_set_id, changed_at DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'target_changes',
      'targets',
      'target_sets',
      'campaign_levels',
      'campaign_indicators',
      'campaigns',
      'indicators',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
