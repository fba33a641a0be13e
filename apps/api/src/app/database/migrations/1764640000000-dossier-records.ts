import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dossier records (one row per dossier of a one-stop system), the key table that keeps (source, external_id)
 * unique, the unit-days an import touched, and the configuration of how records feed indicators and campaigns.
 *
 * Layout (README "Dossier records"):
 * - `dossier_records` is RANGE-partitioned by month of `received_at`: figures are always computed over a
 *   period's receipt range, so a recompute reads one or two monthly partitions; old months can be detached or
 *   archived whole; each partition's indexes stay small enough to be cached during ingestion. Month partitions
 *   are created on demand by the ingestion (UTC month bounds); the DEFAULT partition catches rows written by any
 *   other path so that no insert fails for want of a partition.
 * - Every key includes `province_code` (the code of the unit's topmost ancestor) so that Citus can distribute the
 *   table by it and keep a province's records, keys and recomputes on one node.
 * - PostgreSQL wants the partition key in every unique constraint, so (source, external_id) alone cannot be
 *   unique on `dossier_records`. `dossier_keys` holds it instead, with where the record lives (province,
 *   received_at): a record sent again with another receipt instant or unit is moved (old row deleted, new row
 *   inserted) in the same statement, never duplicated. (Putting received_at in the key instead would duplicate a
 *   record whose receipt instant was corrected.) Under Citus `dossier_keys` is distributed by external_id.
 * - Key columns are COLLATE "C": they are identifiers, and byte comparison keeps index inserts cheap at 10 million
 * rows.
 */
export class DossierRecords1764640000000 implements MigrationInterface {
  name = 'DossierRecords1764640000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dossier_records (
        province_code varchar(40) COLLATE "C" NOT NULL,
        source varchar(40) COLLATE "C" NOT NULL,
        external_id varchar(100) COLLATE "C" NOT NULL,
        unit_id uuid NOT NULL REFERENCES units(id),
        procedure_code varchar(60),
        received_at timestamptz NOT NULL,
        channel varchar(10) NOT NULL CHECK (channel IN ('ONLINE', 'IN_PERSON', 'POST')),
        resolved_at timestamptz CHECK (resolved_at >= received_at),
        resolved_online boolean NOT NULL DEFAULT false CHECK (NOT resolved_online OR resolved_at IS NOT NULL),
        digitised boolean NOT NULL DEFAULT false,
        fee_required boolean NOT NULL DEFAULT false,
        paid_online boolean NOT NULL DEFAULT false CHECK (NOT paid_online OR fee_required),
        PRIMARY KEY (province_code, source, external_id, received_at)
      ) PARTITION BY RANGE (received_at)`);
    await queryRunner.query(`CREATE TABLE dossier_records_default PARTITION OF dossier_records DEFAULT`);
    // A recompute reads one unit's records over a period's receipt range.
    await queryRunner.query(`CREATE INDEX dossier_records_unit_received_idx ON dossier_records (unit_id, received_at)`);
    await queryRunner.query(`
      CREATE TABLE dossier_keys (
        source varchar(40) COLLATE "C" NOT NULL,
        external_id varchar(100) COLLATE "C" NOT NULL,
        province_code varchar(40) COLLATE "C" NOT NULL,
        received_at timestamptz NOT NULL,
        unit_id uuid NOT NULL,
        PRIMARY KEY (source, external_id)
      )`);
    // The unit-days an import changed and no recompute has taken yet, one row per unit and batch (first and last
    // UTC day touched). Written in the import's own transactions, so a killed import leaves them for the next run;
    // no key, so that an import only appends to it.
    await queryRunner.query(`
      CREATE TABLE dossier_dirty_ranges (
        unit_id uuid NOT NULL,
        first_day date NOT NULL,
        last_day date NOT NULL CHECK (last_day >= first_day)
      )`);
    const measures = `'RECEIVED', 'RESOLVED', 'RESOLVED_ONLINE', 'DIGITISED', 'FEE_REQUIRED', 'PAID_ONLINE'`;
    await queryRunner.query(`
      CREATE TABLE indicator_record_rules (
        indicator_id uuid PRIMARY KEY REFERENCES indicators(id),
        numerator varchar(20) NOT NULL CHECK (numerator IN (${measures})),
        denominator varchar(20) NOT NULL CHECK (denominator IN (${measures})),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE campaign_record_feeds (
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        unit_id uuid NOT NULL REFERENCES units(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (campaign_id, unit_id)
      )`);
    await queryRunner.query(`CREATE INDEX campaign_record_feeds_unit_idx ON campaign_record_feeds (unit_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'campaign_record_feeds',
      'indicator_record_rules',
      'dossier_dirty_ranges',
      'dossier_keys',
      'dossier_records',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
