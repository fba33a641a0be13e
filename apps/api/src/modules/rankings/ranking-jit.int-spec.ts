import { createDataSource, POOL_SIZE } from '../../app/database/data-source';
import { DataSource } from 'typeorm';
import { preparedRoundTrip } from '../../foundation/database/prepared-query';
import { jitAvailable, jitThreshold, withoutJit } from '../../foundation/database/without-jit';
import { startTestApp, type TestApp } from '../../../test/harness';
import { cohortShapeOf, keptReadStatement, loadRankingData, rankingStatements } from './ranking-data';

/** Twice a country's communes (10.600, the national benchmark's size: tools/bench/RESULTS.md, "Ranking"). */
const UNITS = 21_200;
const PERIODS = 11;

/** The part of `EXPLAIN (ANALYZE, FORMAT JSON)` looked at: the plan's cost, and `JIT` when it compiled. */
interface Explained {
  Plan: { 'Total Cost': number };
  JIT?: { Functions: number; Timing?: { Total: number } };
}

/**
 * The ranking's statements and JIT: the sums from the reports are planned with JIT off (withoutJit); the kept figures'
 * read runs with JIT off in its own round trip (queryPrepared), a small cohort's with one plan for every call. Only a server with a
 * JIT provider can show it: PGlite has `jit` but no provider (`pg_jit_available()` false), so there the guard sends
 * nothing more and this suite is skipped — the statement count of rankings.int-spec.ts checks that side.
 */
const onServer = !process.env.THIDUA_TEST_DB_EMBEDDED;

(onServer ? describe : describe.skip)("the ranking's statements on a cohort twice a country's communes", () => {
  let app: TestApp;
  let campaignId: string;
  const levelKey = 'jit-cohort';
  const query = () => ({ campaignId, levelKey, asOfPeriod: PERIODS });
  const now = new Date('2024-01-01T00:00:00Z');

  beforeAll(async () => {
    app = await startTestApp();
    const q = app.dataSource.query.bind(app.dataSource);
    campaignId = (await q('SELECT id FROM campaigns ORDER BY created_at LIMIT 1'))[0].id;
    // Set-based, as tools/bench/bench-database.ts fills a level (which the API may not import): seconds, not minutes.
    const [{ id: levelId }] = await q(`INSERT INTO levels (key, name, depth) VALUES ($1, $1, 3) RETURNING id`, [
      levelKey,
    ]);
    await q('INSERT INTO campaign_levels (campaign_id, level_id) VALUES ($1, $2)', [campaignId, levelId]);
    await q(
      `INSERT INTO units (code, name, search_text, level_id)
       SELECT 'J' || g, 'Xã ' || g, 'j' || g, $1 FROM generate_series(1, $2) g`,
      [levelId, UNITS],
    );
    await q(
      `INSERT INTO targets (target_set_id, indicator_id, level_id, value)
       SELECT s.id, ci.indicator_id, $2, 60
       FROM target_sets s JOIN campaign_indicators ci ON ci.campaign_id = s.campaign_id
       WHERE s.campaign_id = $1 AND s.is_primary`,
      [campaignId, levelId],
    );
    // One report per unit and period with its three values, written in one transaction whose foreign-key triggers
    // are off (session_replication_role): the rows are consistent by construction, and checking 930.000 of them
    // one by one would take most of the suite's time.
    await app.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL session_replication_role = replica');
      await manager.query(
        `WITH report AS (
           INSERT INTO reports (campaign_id, unit_id, period_index, first_submitted_at, last_submitted_at, revision)
           SELECT $1, u.id, p, timestamptz '2023-03-03 08:00:00+00' + (p - 1) * interval '7 days',
                  timestamptz '2023-03-03 08:00:00+00' + (p - 1) * interval '7 days', 1
           FROM units u CROSS JOIN generate_series(1, $3) p WHERE u.level_id = $2
           RETURNING id
         )
         INSERT INTO report_values (report_id, indicator_id, numerator, denominator)
         SELECT r.id, ci.indicator_id, abs(hashtext(r.id::text || ci.indicator_id::text)) % 100, 100
         FROM report r CROSS JOIN campaign_indicators ci WHERE ci.campaign_id = $1`,
        [campaignId, levelId, PERIODS],
      );
    });
    await q('ANALYZE units, reports, report_values');
  }, 120_000);
  afterAll(() => app?.close());

  it('sums from the reports planned above jit_above_cost, compiled as it is, not as the ranking runs it', async () => {
    expect(await jitAvailable(app.dataSource)).toBe(true);
    const data = await loadRankingData(app.dataSource, query(), now);
    expect([...data.cohorts.values()].flat()).toHaveLength(UNITS);
    // The statements and parameters the ranking sends, explained as they are run (withoutJit) and as they would be.
    const { fromReports } = rankingStatements(query(), cohortShapeOf(data), now);
    const [threshold] = await app.dataSource.query(`SELECT current_setting('jit_above_cost')::float8 AS cost`);
    const plans = async ({ sql, parameters }: { sql: string; parameters: unknown[] }) => {
      const explain = `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`;
      const planOf = (rows: { 'QUERY PLAN': Explained[] }[]) => rows[0]['QUERY PLAN'][0];
      return {
        unguarded: planOf(await app.dataSource.query(explain, parameters)),
        guarded: planOf(await withoutJit(app.dataSource, (manager) => manager.query(explain, parameters))),
      };
    };

    const summed = await plans(fromReports);
    expect(summed.unguarded.Plan['Total Cost']).toBeGreaterThan(threshold.cost);
    expect(summed.unguarded.JIT?.Functions).toBeGreaterThan(0);
    expect(summed.guarded.Plan['Total Cost']).toBeGreaterThan(threshold.cost);
    expect(summed.guarded.JIT).toBeUndefined();
    // The kept figures' read as it runs — planned for its values (a large cohort's), or with the one plan for every
    // call (a small cohort's text) — on a server that would compile a statement of any cost above 500: not compiled.
    // (A plan made for no value in particular, for a cohort of unknown size, is estimated high: the setting, not the
    // estimate, keeps it from being compiled.)
    const lowered = new DataSource({
      type: 'postgres',
      url: process.env.THIDUA_TEST_DB_URL,
      extra: { max: 1, options: '-c jit_above_cost=500' },
    });
    await lowered.initialize();
    const runner = lowered.createQueryRunner();
    try {
      expect(await jitThreshold(lowered)).toBe(500);
      const client = (await runner.connect()) as {
        query(text: string): Promise<{ rows: { 'QUERY PLAN': Explained[] }[] }[]>;
        escapeLiteral(text: string): string;
      };
      // As readRanking sends it: a large cohort's (planned per call) and one of unknown size (one plan for all).
      for (const cohortSize of [UNITS, null]) {
        const statement = keptReadStatement(query(), cohortShapeOf(data), now, cohortSize);
        const explain = preparedRoundTrip(
          statement,
          true,
          (text) => client.escapeLiteral(text),
          '(ANALYZE, FORMAT JSON)',
        );
        const [explained] = ((await client.query(explain)).at(-1)?.rows ?? [])[0]['QUERY PLAN'];
        expect(explained.Plan['Total Cost']).toBeGreaterThan(500);
        expect(explained.JIT).toBeUndefined();
      }
    } finally {
      await runner.release();
      await lowered.destroy();
    }
  });

  it("reads the kept figures with the connection's prepared statement, the same answer again", async () => {
    const single = createDataSource(process.env.THIDUA_TEST_DB_URL as string, 1);
    await single.initialize();
    try {
      const small = { campaignId, levelKey: 'district', asOfPeriod: 3 };
      const first = await loadRankingData(single, small, now);
      const prepared = await single.query(`SELECT name FROM pg_prepared_statements WHERE name LIKE 'ranking%'`);
      expect(prepared).toEqual([{ name: 'ranking_small' }]);
      const again = await loadRankingData(single, small, now);
      expect([...again.cohorts.entries()]).toEqual([...first.cohorts.entries()]);
      expect([...again.cohorts.values()].flat().length).toBeGreaterThan(0);
    } finally {
      await single.destroy();
    }
  });

  it("leaves jit on for every other statement of the pool's connections", async () => {
    const inside = await withoutJit(app.dataSource, (manager) => manager.query(`SELECT current_setting('jit') AS jit`));
    expect(inside[0].jit).toBe('off');
    // Rankings side by side, on several connections; then every connection of the pool at once.
    const small = { campaignId, levelKey: 'district', asOfPeriod: 1 };
    await Promise.all(Array.from({ length: POOL_SIZE }, () => loadRankingData(app.dataSource, small, now)));
    const runners = Array.from({ length: POOL_SIZE }, () => app.dataSource.createQueryRunner());
    try {
      const settings = await Promise.all(runners.map(async (runner) => (await runner.query('SHOW jit'))[0].jit));
      expect(settings).toEqual(Array(POOL_SIZE).fill('on'));
    } finally {
      await Promise.all(runners.map((runner) => runner.release()));
    }
  });
});
