import type { DataSource, EntityManager } from 'typeorm';
import { loadCampaignContext } from './campaign-context';
import { keptFiguresSelect, onTimeBoundsOf } from './kept-figures';

/** A kept row that is not what the reports give: a field, or the whole row missing on one side (`row`). */
export interface KeptFigureDifference {
  unitCode: string;
  period: number;
  field: 'row' | (typeof FIELDS)[number];
  kept: unknown;
  recomputed: unknown;
}

/** One campaign's check. */
export interface KeptFiguresCheck {
  campaignId: string;
  campaignName: string;
  /** Rows compared: kept or recomputed (a row on one side only counts once). */
  rowsChecked: number;
  /** The first thousand differences, by unit code and period. */
  differences: KeptFigureDifference[];
  /**
   * CURRENT: the rows were counted with the campaign's schedule and indicators as they are; STALE: with others (a
   * change made around the API) — the ranking then reads the reports; MISSING: the campaign has no basis.
   */
  basis: 'CURRENT' | 'STALE' | 'MISSING';
}

const FIELDS = [
  'reports',
  'on_time',
  'latest',
  'numerators',
  'denominators',
  'previous_numerators',
  'previous_denominators',
  'base_numerators',
  'base_denominators',
] as const;

/** A row's fields as one JSON object, and as one row value to compare (columns of `alias`). */
const asJson = (alias: string) =>
  `json_build_object(${FIELDS.map((field) => `'${field}', ${alias}.${field}`).join(', ')})`;
const asRow = (alias: string) => `(${FIELDS.map((field) => `${alias}.${field}`).join(', ')})`;

/**
 * Differences of campaign $1 (at most a thousand) and how many rows were compared, in one statement: every row
 * recomputed from all the reports ($2 null, $3 = 1), none carried from a kept row.
 */
const CHECK_SQL = `
  WITH figures AS (${keptFiguresSelect('ALL')}),
  kept AS (SELECT * FROM unit_period_figures WHERE campaign_id = $1),
  compared AS (
    SELECT coalesce(f.unit_id, k.unit_id) AS unit_id, coalesce(f.period_index, k.period_index) AS period_index,
           CASE WHEN k.unit_id IS NULL THEN NULL ELSE ${asJson('k')} END AS kept,
           CASE WHEN f.unit_id IS NULL THEN NULL ELSE ${asJson('f')} END AS recomputed,
           ${asRow('k')} IS DISTINCT FROM ${asRow('f')} AS differs
    FROM figures f FULL JOIN kept k ON k.unit_id = f.unit_id AND k.period_index = f.period_index
  )
  SELECT (SELECT count(*) FROM compared)::int AS checked,
         (SELECT coalesce(json_agg(d), '[]') FROM (
            SELECT coalesce(u.code, c.unit_id::text) AS unit_code, c.period_index, c.kept, c.recomputed
            FROM compared c LEFT JOIN units u ON u.id = c.unit_id
            WHERE c.differs ORDER BY 1, 2 LIMIT 1000) d) AS differences`;

interface DifferenceRow {
  unit_code: string;
  period_index: number;
  kept: Record<string, unknown> | null;
  recomputed: Record<string, unknown> | null;
}

/**
 * Recomputes every campaign's kept figures from its reports and compares them with the kept rows, in one read-only
 * transaction (one instant for all). What `npm run verify-figures` prints and the tests assert: a difference means a
 * write of reports that did not refresh its units (kept-figures.ts).
 */
export async function checkKeptFigures(dataSource: DataSource): Promise<KeptFiguresCheck[]> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    await manager.query('SET TRANSACTION READ ONLY');
    await manager.query('SET LOCAL jit = off'); // as the refreshes (kept-figures.ts): compiling costs more than running
    const campaigns: { id: string; name: string }[] = await manager.query(
      `SELECT id, name FROM campaigns
       WHERE id IN (SELECT campaign_id FROM kept_figure_bases UNION SELECT campaign_id FROM unit_period_figures)
       ORDER BY created_at, id`,
    );
    const checks: KeptFiguresCheck[] = [];
    for (const campaign of campaigns) checks.push(await checkCampaign(manager, campaign));
    return checks;
  });
}

async function checkCampaign(
  manager: EntityManager,
  campaign: { id: string; name: string },
): Promise<KeptFiguresCheck> {
  const [{ checked, differences }] = (await manager.query(CHECK_SQL, [campaign.id, null, 1])) as {
    checked: number;
    differences: DifferenceRow[];
  }[];
  return {
    campaignId: campaign.id,
    campaignName: campaign.name,
    rowsChecked: checked,
    differences: differences.flatMap(differencesOf),
    basis: await basisState(manager, campaign.id),
  };
}

function differencesOf(row: DifferenceRow): KeptFigureDifference[] {
  const at = { unitCode: row.unit_code, period: row.period_index };
  if (!row.kept || !row.recomputed) return [{ ...at, field: 'row', kept: row.kept, recomputed: row.recomputed }];
  const { kept, recomputed } = row;
  return FIELDS.filter((field) => JSON.stringify(kept[field]) !== JSON.stringify(recomputed[field])).map((field) => ({
    ...at,
    field,
    kept: kept[field],
    recomputed: recomputed[field],
  }));
}

async function basisState(manager: EntityManager, campaignId: string): Promise<KeptFiguresCheck['basis']> {
  const context = await loadCampaignContext(manager, campaignId);
  const [row] = await manager.query(
    `SELECT b.on_time_before = $2::timestamptz[]
              AND b.indicator_ids = ARRAY(SELECT indicator_id FROM campaign_indicators WHERE campaign_id = $1
                                          ORDER BY indicator_id)
              AS current
     FROM kept_figure_bases b WHERE b.campaign_id = $1`,
    [campaignId, onTimeBoundsOf(context?.periods ?? [])],
  );
  return !row ? 'MISSING' : row.current ? 'CURRENT' : 'STALE';
}
