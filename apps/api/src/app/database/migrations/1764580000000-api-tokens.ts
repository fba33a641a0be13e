import type { MigrationInterface, QueryRunner } from 'typeorm';

/** API tokens for other apps (scoped, stored hashed), and which token made an audited change. */
export class ApiTokens1764580000000 implements MigrationInterface {
  name = 'ApiTokens1764580000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        scopes text[] NOT NULL,
        secret_hash varchar(64) NOT NULL,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await queryRunner.query(`ALTER TABLE audit_entries ADD COLUMN api_token_id uuid REFERENCES api_tokens(id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_entries DROP COLUMN api_token_id`);
    await queryRunner.query(`DROP TABLE api_tokens`);
  }
}
