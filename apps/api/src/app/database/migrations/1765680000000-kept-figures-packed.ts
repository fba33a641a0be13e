import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each kept row's figures packed as bytes, kept by the server itself (a stored generated column): what a ranking
 * reads for each unit (rankings/ranking-data.ts, unpackCohort). Written out as JSON, a country's 10.600 communes
 * are ≈ 190.000 numbers for the server to print and for Node to parse, most of the ranking's read; packed, they are
 * copied. Generated from the row's own columns, it cannot disagree with them whatever writes them.
 *
 * The layout (big-endian, as PostgreSQL's send functions write): reports on time (int4), reports (int4), period p's
 * report (int2: 0 none, 1 on time, 2 late), the width of the sums (int2: 4 or 8), then per indicator (in the row's
 * order) six sums: N and D to the period, to the period before and before the pace window (0 for none). The sums are
 * int4 when every one of them is a whole number that fits one — nearly always: counts of a campaign's dossiers —,
 * else float8: half the bytes for a ranking to carry. PL/pgSQL's loop packs a row in ≈ 2 µs; the same in one SQL
 * statement (unnest and string_agg) took ≈ 9 (116.600 rows: 0,2 against 1,0 s, PostgreSQL 15).
 * The index of one period's rows carries it, for an index-only read.
 */
export class KeptFiguresPacked1765680000000 implements MigrationInterface {
  name = 'KeptFiguresPacked1765680000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION kept_figures_packed(on_time int, reports int, latest smallint, n float8[], d float8[],
                                          pn float8[], pd float8[], bn float8[], bd float8[])
      RETURNS bytea LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
      DECLARE
        packed bytea := int4send(on_time) || int4send(reports) || int2send(coalesce(latest, 0)::smallint);
        sum float8;
        narrow boolean := true;
      BEGIN
        FOREACH sum IN ARRAY coalesce(n, '{}') || coalesce(d, '{}') || coalesce(pn, '{}') || coalesce(pd, '{}')
                             || coalesce(bn, '{}') || coalesce(bd, '{}') LOOP
          IF sum <> trunc(sum) OR sum < -2147483648 OR sum > 2147483647 THEN
            narrow := false;
            EXIT;
          END IF;
        END LOOP;
        packed := packed || int2send(CASE WHEN narrow THEN 4 ELSE 8 END::smallint);
        FOR i IN 1 .. coalesce(cardinality(n), 0) LOOP
          IF narrow THEN
            packed := packed || int4send(n[i]::int) || int4send(d[i]::int)
                             || int4send(coalesce(pn[i], 0)::int) || int4send(coalesce(pd[i], 0)::int)
                             || int4send(coalesce(bn[i], 0)::int) || int4send(coalesce(bd[i], 0)::int);
          ELSE
            packed := packed || float8send(n[i]) || float8send(d[i])
                             || float8send(coalesce(pn[i], 0)) || float8send(coalesce(pd[i], 0))
                             || float8send(coalesce(bn[i], 0)) || float8send(coalesce(bd[i], 0));
          END IF;
        END LOOP;
        RETURN packed;
      END $$`);
    await queryRunner.query(`
      ALTER TABLE unit_period_figures ADD COLUMN packed bytea NOT NULL GENERATED ALWAYS AS (
        kept_figures_packed(on_time, reports, latest, numerators, denominators, previous_numerators,
                            previous_denominators, base_numerators, base_denominators)) STORED`);
    // A ranking reads period p's rows of a campaign: one row in every few pages of the table, laid out unit by unit.
    // From the index they are read in its order, packed figures included, without the table wherever its pages are
    // all visible: kept so by autovacuum, asked to visit after a fiftieth of the rows changed rather than a fifth.
    await queryRunner.query('DROP INDEX unit_period_figures_by_period');
    await queryRunner.query(
      `CREATE INDEX unit_period_figures_by_period ON unit_period_figures (campaign_id, period_index, unit_id)
       INCLUDE (reports, packed)`,
    );
    await queryRunner.query(
      `ALTER TABLE unit_period_figures
       SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE unit_period_figures RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor)',
    );
    await queryRunner.query('DROP INDEX unit_period_figures_by_period');
    await queryRunner.query(
      `CREATE INDEX unit_period_figures_by_period ON unit_period_figures (campaign_id, period_index, unit_id)`,
    );
    await queryRunner.query('ALTER TABLE unit_period_figures DROP COLUMN packed');
    await queryRunner.query('DROP FUNCTION kept_figures_packed');
  }
}
