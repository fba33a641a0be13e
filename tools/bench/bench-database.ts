/** What the benchmarks share: a fresh database (a real server by DATABASE_URL, else in-memory PGlite) and its data. */
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { createDataSource, EMBEDDED_POOL_SIZE, loadDemo, refreshCampaignFigures } from '@thidua/api';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@thidua/api';

export interface BenchDatabase {
  dataSource: DataSource;
  /** null on a real server. */
  embedded: EmbeddedPostgres | null;
  /** Drops the public schema and runs every migration: an empty, current database. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * DATABASE_URL's server (its public schema is dropped: never point it at a database you keep), else PGlite in memory.
 */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  let embedded: EmbeddedPostgres | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({ maxConnections: 4 });
    url = embedded.url;
  }
  const dataSource = createDataSource(url, embedded ? EMBEDDED_POOL_SIZE : 5);
  await dataSource.initialize();
  return {
    dataSource,
    embedded,
    async reset() {
      await dataSource.query('DROP SCHEMA IF EXISTS public CASCADE');
      await dataSource.query('CREATE SCHEMA public');
      await dataSource.runMigrations();
    },
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

/**
 * A level of `size` units with a report for each of the 11 periods, counts from a fixed formula (skewed by unit), and
 * targets in the campaign's primary set (70 %, 40 %, 60 %), so that every unit is scored and ranked. The reports are
 * written around the API, so the campaign's kept ranking figures are refreshed after them (refreshCampaignFigures).
 */
export async function fillLevel(
  dataSource: DataSource,
  campaignId: string,
  levelKey: string,
  size: number,
): Promise<void> {
  await dataSource.query(`INSERT INTO levels (key, name, depth) VALUES ($1, $1, 3)`, [levelKey]);
  const levelId = (await dataSource.query('SELECT id FROM levels WHERE key = $1', [levelKey]))[0].id;
  await dataSource.query('INSERT INTO campaign_levels (campaign_id, level_id) VALUES ($1, $2)', [campaignId, levelId]);
  await dataSource.query(
    `INSERT INTO units (code, name, search_text, level_id) SELECT $2 || '-' || g, 'Đơn vị ' || g, $2 || '-' || g, $1 FROM generate_series(1, $3) g`,
    [levelId, levelKey, size],
  );
  await dataSource.query(
    `INSERT INTO targets (target_set_id, indicator_id, level_id, value)
     SELECT s.id, ci.indicator_id, $2, (ARRAY[70, 40, 60])[1 + ci.position % 3]
     FROM target_sets s JOIN campaign_indicators ci ON ci.campaign_id = s.campaign_id WHERE s.campaign_id = $1 AND s.is_primary`,
    [campaignId, levelId],
  );
  await dataSource.query(
    `INSERT INTO reports (campaign_id, unit_id, period_index, first_submitted_at, last_submitted_at, revision)
     SELECT $1, u.id, p, timestamptz '2023-03-03 08:00:00+00' + (p - 1) * interval '7 days' + (hashtext(u.code) % 3) * interval '1 day',
            timestamptz '2023-03-03 08:00:00+00' + (p - 1) * interval '7 days', 1
     FROM units u CROSS JOIN generate_series(1, 11) p WHERE u.level_id = $2`,
    [campaignId, levelId],
  );
  await dataSource.query(
    `INSERT INTO report_values (report_id, indicator_id, numerator, denominator)
     SELECT r.id, ci.indicator_id, (abs(hashtext(r.id::text || ci.indicator_id::text)) % 100) * (abs(hashtext(u.code)) % 5 + 1) / 5,
            (abs(hashtext(r.id::text || ci.indicator_id::text)) % 100) + 100
     FROM reports r JOIN units u ON u.id = r.unit_id JOIN campaign_indicators ci ON ci.campaign_id = r.campaign_id
     WHERE u.level_id = $1`,
    [levelId],
  );
  await dataSource.transaction((manager) => refreshCampaignFigures(manager, campaignId));
}

/**
 * The database emptied, the demo's set-up loaded and one more level of `size` units filled (fillLevel), its statistics
 * taken and its tables vacuumed: what most ranking benches start from. Returns the campaign's id.
 */
export async function demoWithLevel(database: BenchDatabase, levelKey: string, size: number): Promise<string> {
  await database.reset();
  await loadDemo(database.dataSource);
  const campaignId = (await database.dataSource.query('SELECT id FROM campaigns LIMIT 1'))[0].id as string;
  await fillLevel(database.dataSource, campaignId, levelKey, size);
  // As autovacuum leaves tables at rest: statistics taken and the visibility map set (a ranking reads the kept rows
  // of period p from their index only where their pages are all visible).
  await database.dataSource.query('VACUUM ANALYZE');
  return campaignId;
}

/**
 * Targets for a level filled by fillLevel in another of the campaign's target sets (fillLevel sets the primary
 * set's only): `values` by the indicators' positions in turn (default 80 %, 50 %, 65 %), so that a ranking against
 * that set scores every unit too, with other figures.
 */
export async function addLevelTargets(
  dataSource: DataSource,
  campaignId: string,
  levelKey: string,
  targetSetKey: string,
  values: readonly number[] = [80, 50, 65],
): Promise<void> {
  await dataSource.query(
    `INSERT INTO targets (target_set_id, indicator_id, level_id, value)
     SELECT s.id, ci.indicator_id, l.id, ($4::int[])[1 + ci.position % cardinality($4::int[])]
     FROM target_sets s JOIN campaign_indicators ci ON ci.campaign_id = s.campaign_id JOIN levels l ON l.key = $2
     WHERE s.campaign_id = $1 AND s.key = $3`,
    [campaignId, levelKey, targetSetKey, values],
  );
}
