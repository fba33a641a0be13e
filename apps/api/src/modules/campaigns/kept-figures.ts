import { PACE_WINDOW } from '@thidua/domain';
import type { EntityManager } from 'typeorm';
import { withJitOffIn } from '../../foundation/database/without-jit';
import { loadCampaignContext } from './campaign-context';

/**
 * Ranking figures kept at write time: for every unit of a campaign that has a report, one row of
 * `unit_period_figures` per period from its first report to the campaign's last period, holding the CUMULATIVE
 * tally and sums to that period, and the sums at the period before and before the pace window (PACE_WINDOW periods
 * back; null: none, all zero). A ranking reads one row per unit instead of all its reports
 * (rankings/ranking-data.ts); `npm run verify-figures` compares them with the reports (kept-figures-check.ts).
 *
 * The rows are a function of the reports and of the campaign's basis (`kept_figure_bases`): the due instants they
 * were counted on time against and the indicators their sums are of, in order of indicator id. A write of reports
 * refreshes its units' rows in its own transaction (refreshUnitFigures); a change of schedule or indicators
 * refreshes the whole campaign with a new basis (refreshCampaignFigures). A ranking whose schedule or indicators
 * differ from the basis (a change made around the API) reads the reports instead, as before.
 *
 * Refreshes run with JIT off (withJitOffIn): their estimated cost (a series of periods per unit, which the planner
 * cannot count) passes `jit_above_cost`, and compiling cost 250 to 450 ms for a statement that runs in 45 (3.334
 * units, measured on PostgreSQL 15).
 *
 * Locks: a campaign-wide refresh holds the campaign's advisory lock alone; a refresh of units holds it shared, with
 * a row lock on each unit (in order of id), taken in a statement of their own, so the recompute that follows reads
 * whatever an earlier writer of the same unit committed: two concurrent writes of one unit never leave the rows of
 * the first.
 */

/** The campaign's advisory lock's first key: "kept" in ASCII; the second is the hash of the campaign's id. */
const LOCK_SPACE = 0x6b657074;

/**
 * The kept rows of campaign $1 from period $3 on, recomputed from its reports and basis: for the units $2 (uuid[]),
 * all when null. Per unit, from its first report's period (or $3) to the basis' last one: reports to the period,
 * those first submitted before the period's on-time bound (due instant + 1 ms, as the ranking counts them), the
 * period's own report's timeliness (1 on time, 2 late, null none), and per indicator N and D summed (float8: exact for
 * whole counts below 2⁵³, as the ranking's sums). From $3 = 1 it reads every report (a campaign's refresh, the
 * check); from a later period it carries on from the unit's kept row of the period before (a write of period $3:
 * the rows before it do not change) and reads only the reports from $3 on. Nothing when the campaign has no basis.
 * The statement for some units ($2 their ids) or for all ($2 null).
 */
export function keptFiguresSelect(scope: 'UNITS' | 'ALL'): string {
  // The units' rows and reports are read by index, one unit at a time (a join with the array, not `= ANY` of it:
  // the planner then knows how many); all of them by scanning the campaign's. $2 is null for all.
  const units = (table: string, alias: string) =>
    scope === 'ALL'
      ? `${table} ${alias}`
      : `unnest($2::uuid[]) AS wanted(unit_id) JOIN ${table} ${alias} ON ${alias}.unit_id = wanted.unit_id`;
  const given = scope === 'ALL' ? '$2::uuid[] IS NULL' : '$2::uuid[] IS NOT NULL'; // $2 named either way: typed
  return `
  WITH basis AS (
    SELECT on_time_before, indicator_ids, pace_window FROM kept_figure_bases WHERE campaign_id = $1 AND ${given}
  ),
  indicator AS (SELECT i.id, i.o FROM basis b, unnest(b.indicator_ids) WITH ORDINALITY AS i(id, o)),
  carried AS (
    SELECT k.unit_id, k.reports, k.on_time, k.numerators, k.denominators
    FROM ${units('unit_period_figures', 'k')}
    WHERE k.campaign_id = $1 AND k.period_index = $3::int - 1
  ),
  reported AS (
    SELECT r.id, r.unit_id, r.period_index,
           CASE WHEN r.first_submitted_at < b.on_time_before[r.period_index] THEN 1 ELSE 2 END AS timeliness
    FROM ${units('reports', 'r')} CROSS JOIN basis b
    WHERE r.campaign_id = $1 AND r.period_index >= $3::int AND r.period_index <= cardinality(b.on_time_before)
  ),
  grid AS (
    SELECT f.unit_id, p.p
    FROM (SELECT unit_id, min(first) AS first
          FROM (SELECT unit_id, $3::int AS first FROM carried UNION ALL SELECT unit_id, period_index FROM reported) u
          GROUP BY unit_id) f
    -- The periods as the basis' elements, not generate_series: the planner then reckons a handful per unit, not a
    -- thousand (which sent the statements' hashes to disk).
    CROSS JOIN basis b CROSS JOIN unnest(b.on_time_before) WITH ORDINALITY AS p(bound, p)
    WHERE p.p >= f.first
  ),
  valued AS (
    SELECT r.unit_id, r.period_index, i.o, v.numerator, v.denominator
    FROM reported r JOIN report_values v ON v.report_id = r.id JOIN indicator i ON i.id = v.indicator_id
  ),
  tally AS (
    SELECT g.unit_id, g.p, r.timeliness::smallint AS latest,
           (coalesce(c.reports, 0) + count(r.id) OVER w)::int AS reports,
           (coalesce(c.on_time, 0) + count(r.id) FILTER (WHERE r.timeliness = 1) OVER w)::int AS on_time
    FROM grid g
    LEFT JOIN reported r ON r.unit_id = g.unit_id AND r.period_index = g.p
    LEFT JOIN carried c ON c.unit_id = g.unit_id
    WINDOW w AS (PARTITION BY g.unit_id ORDER BY g.p)
  ),
  cell AS (
    SELECT g.unit_id, g.p, i.o,
           coalesce(c.numerators[i.o], 0) + sum(coalesce(v.numerator, 0)::float8) OVER w AS n,
           coalesce(c.denominators[i.o], 0) + sum(coalesce(v.denominator, 0)::float8) OVER w AS d
    FROM grid g CROSS JOIN indicator i
    LEFT JOIN valued v ON v.unit_id = g.unit_id AND v.period_index = g.p AND v.o = i.o
    LEFT JOIN carried c ON c.unit_id = g.unit_id
    WINDOW w AS (PARTITION BY g.unit_id, i.o ORDER BY g.p)
  ),
  sums AS (
    SELECT unit_id, p, array_agg(n ORDER BY o) AS numerators, array_agg(d ORDER BY o) AS denominators
    FROM cell GROUP BY unit_id, p
  ),
  recomputed AS (
    SELECT t.unit_id, t.p, t.reports, t.on_time, t.latest,
           coalesce(s.numerators, '{}') AS numerators, coalesce(s.denominators, '{}') AS denominators
    FROM tally t LEFT JOIN sums s ON s.unit_id = t.unit_id AND s.p = t.p
  ),
  -- The kept rows of the pace window's periods before $3 (unchanged by this write): what the first recomputed rows'
  -- snapshots are of.
  earlier AS (
    SELECT k.unit_id, k.period_index AS p, k.numerators, k.denominators
    FROM ${units('unit_period_figures', 'k')} CROSS JOIN basis b
    WHERE k.campaign_id = $1 AND k.period_index >= $3::int - b.pace_window AND k.period_index < $3::int
  ),
  -- A unit's rows run unbroken from its first report: the row n places back is the period n back, and none (null,
  -- all zero) before the first report.
  snapshots AS (
    SELECT x.unit_id, x.p,
           lag(x.numerators, 1) OVER w AS previous_numerators, lag(x.denominators, 1) OVER w AS previous_denominators,
           lag(x.numerators, b.pace_window) OVER w AS base_numerators,
           lag(x.denominators, b.pace_window) OVER w AS base_denominators
    FROM (SELECT unit_id, p, numerators, denominators FROM earlier
          UNION ALL SELECT unit_id, p, numerators, denominators FROM recomputed) x
    CROSS JOIN basis b
    WINDOW w AS (PARTITION BY x.unit_id ORDER BY x.p)
  )
  SELECT r.unit_id, r.p AS period_index, r.reports, r.on_time, r.latest, r.numerators, r.denominators,
         s.previous_numerators, s.previous_denominators, s.base_numerators, s.base_denominators
  FROM recomputed r JOIN snapshots s ON s.unit_id = r.unit_id AND s.p = r.p`;
}

/**
 * keptFiguresSelect written, from period $3 on: new and changed rows upserted (equal ones left alone), rows no
 * longer backed by a report (or past the basis' last period) deleted. Answers how many rows were written and deleted.
 */
const refreshSql = (scope: 'UNITS' | 'ALL') => `
  WITH figures AS (${keptFiguresSelect(scope)}),
  written AS (
    INSERT INTO unit_period_figures AS k
      (campaign_id, unit_id, period_index, reports, on_time, latest, numerators, denominators,
       previous_numerators, previous_denominators, base_numerators, base_denominators)
    SELECT $1, unit_id, period_index, reports, on_time, latest, numerators, denominators,
           previous_numerators, previous_denominators, base_numerators, base_denominators FROM figures
    ON CONFLICT (campaign_id, unit_id, period_index) DO UPDATE
      SET reports = EXCLUDED.reports, on_time = EXCLUDED.on_time, latest = EXCLUDED.latest,
          numerators = EXCLUDED.numerators, denominators = EXCLUDED.denominators,
          previous_numerators = EXCLUDED.previous_numerators, previous_denominators = EXCLUDED.previous_denominators,
          base_numerators = EXCLUDED.base_numerators, base_denominators = EXCLUDED.base_denominators
      WHERE (k.reports, k.on_time, k.latest, k.numerators, k.denominators,
             k.previous_numerators, k.previous_denominators, k.base_numerators, k.base_denominators)
            IS DISTINCT FROM (EXCLUDED.reports, EXCLUDED.on_time, EXCLUDED.latest,
                              EXCLUDED.numerators, EXCLUDED.denominators,
                              EXCLUDED.previous_numerators, EXCLUDED.previous_denominators,
                              EXCLUDED.base_numerators, EXCLUDED.base_denominators)
    RETURNING 1
  ),
  deleted AS (
    DELETE FROM unit_period_figures k
    WHERE k.campaign_id = $1 AND ($2::uuid[] IS NULL OR k.unit_id = ANY($2::uuid[])) AND k.period_index >= $3::int
      AND NOT EXISTS (SELECT 1 FROM figures f WHERE f.unit_id = k.unit_id AND f.period_index = k.period_index)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM written)::int AS written, (SELECT count(*) FROM deleted)::int AS deleted`;

const REFRESH_UNITS_SQL = refreshSql('UNITS');
const REFRESH_ALL_SQL = refreshSql('ALL');

/** What a refresh changed. */
export interface KeptFiguresRefresh {
  written: number;
  deleted: number;
}

/**
 * Refreshes the kept rows of these units of the campaign in the caller's transaction, after a write of their
 * reports: every writer of reports calls it (writeSubmissions does). Takes the campaign's lock shared and each
 * unit's row lock, then recomputes the units' rows from `fromPeriod` on, the earliest period whose reports changed:
 * from their kept rows of the period before and their reports from that period on (the rows before it cannot change).
 * A campaign without a basis yet (one made around the API) gets one first, with all its rows
 * (refreshCampaignFigures).
 */
export async function refreshUnitFigures(
  manager: EntityManager,
  campaignId: string,
  unitIds: readonly string[],
  fromPeriod = 1,
): Promise<KeptFiguresRefresh> {
  if (!unitIds.length) return { written: 0, deleted: 0 };
  const [basis] = await manager.query('SELECT 1 FROM kept_figure_bases WHERE campaign_id = $1', [campaignId]);
  if (!basis) return refreshCampaignFigures(manager, campaignId);
  const units = [...new Set(unitIds)].sort();
  // The units' own rows are the per-unit locks: a row lock is kept in the row, where an advisory lock per unit
  // would fill the server's lock table (a fixed size, 64 per connection by default: 12.000 to 15.000 in one
  // transaction ran the local server out of shared memory, failing every other session's locks too).
  // FOR NO KEY UPDATE: two writers of one unit wait for each other; the reports' foreign keys (KEY SHARE) and
  // readers do not. Locked in order of id, so no two writers wait in a circle.
  return withJitOffIn(manager, async () => {
    await manager.query(
      `SELECT pg_advisory_xact_lock_shared($1, hashtext($2::text)),
              (SELECT count(*) FROM (SELECT 1 FROM units WHERE id = ANY($3::uuid[]) ORDER BY id FOR NO KEY UPDATE) u)
                AS locked`,
      [LOCK_SPACE, campaignId, units],
    );
    const [refresh] = await manager.query(REFRESH_UNITS_SQL, [campaignId, units, fromPeriod]);
    return refresh as KeptFiguresRefresh;
  });
}

/**
 * Refreshes all the kept rows of a campaign in the caller's transaction, with a new basis: its periods' due
 * instants and its indicators as they now are. Called where a campaign's schedule or indicators change, and by
 * whatever loads reports around writeSubmissions (bulk SQL). Holds the campaign's lock alone until the transaction
 * ends: writers of its reports wait, and refresh their units after it. Nothing for a campaign that does not exist.
 */
export async function refreshCampaignFigures(manager: EntityManager, campaignId: string): Promise<KeptFiguresRefresh> {
  return withJitOffIn(manager, async () => {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2::text))', [LOCK_SPACE, campaignId]);
    const context = await loadCampaignContext(manager, campaignId);
    if (!context) return { written: 0, deleted: 0 };
    await manager.query(
      `INSERT INTO kept_figure_bases (campaign_id, on_time_before, indicator_ids, pace_window)
       VALUES ($1, $2::timestamptz[],
               ARRAY(SELECT indicator_id FROM campaign_indicators WHERE campaign_id = $1 ORDER BY indicator_id), $3)
       ON CONFLICT (campaign_id) DO UPDATE SET on_time_before = EXCLUDED.on_time_before,
                                               indicator_ids = EXCLUDED.indicator_ids,
                                               pace_window = EXCLUDED.pace_window`,
      [campaignId, onTimeBoundsOf(context.periods), PACE_WINDOW],
    );
    const [refresh] = await manager.query(REFRESH_ALL_SQL, [campaignId, null, 1]);
    return refresh as KeptFiguresRefresh;
  });
}

/**
 * Each period's on-time bound, as the ranking compares first submissions with it: one millisecond after its due
 * instant (a report at the instant itself is on time).
 */
export function onTimeBoundsOf(periods: readonly { dueAt: Date }[]): string[] {
  return periods.map((period) => new Date(period.dueAt.getTime() + 1).toISOString());
}
