import type { TestApp } from './harness';

const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { indicator { id } userErrors { code } } }`;

/**
 * The Cà Mau 2023 campaign of docs/domain.md §1, as createCampaign input (defaults: Asia/Ho_Chi_Minh, Friday 16:00).
 */
export const CA_MAU_CAMPAIGN_INPUT = {
  name: 'Chiến dịch cao điểm 69 ngày đêm',
  startDate: '2023-03-01',
  endDate: '2023-05-09',
  indicators: [{ code: 'ONLINE_RESOLUTION' }, { code: 'DIGITIZATION' }, { code: 'ONLINE_PAYMENT' }],
};

/** The three Cà Mau indicators, created through the API. */
export async function createIndicators(app: TestApp, token: string): Promise<void> {
  for (const code of ['ONLINE_RESOLUTION', 'DIGITIZATION', 'ONLINE_PAYMENT']) {
    await app.gql(
      CREATE_INDICATOR,
      { input: { code, name: code, numeratorLabel: 'Đạt', denominatorLabel: 'Tổng' } },
      token,
    );
  }
}

/**
 * A copy of the demo campaign, ACTIVE, with its schedule, legend, scoring, indicators, levels, target sets and targets
 * (not its rules) and no reports: for a test that writes reports or changes a campaign other tests must not see.
 */
export async function copyDemoCampaign(app: TestApp, name: string): Promise<string> {
  const q = app.dataSource.query.bind(app.dataSource);
  const [{ id: demo }] = await q('SELECT id FROM campaigns ORDER BY created_at, id LIMIT 1');
  const [{ id }] = await q(
    `INSERT INTO campaigns (name, start_date, end_date, time_zone, due_weekday, due_time, status, legend, scoring)
     SELECT $2, start_date, end_date, time_zone, due_weekday, due_time, 'ACTIVE', legend, scoring
     FROM campaigns WHERE id = $1 RETURNING id`,
    [demo, name],
  );
  await q(
    `INSERT INTO campaign_indicators (campaign_id, indicator_id, weight, position)
     SELECT $2, indicator_id, weight, position FROM campaign_indicators WHERE campaign_id = $1`,
    [demo, id],
  );
  await q(
    `INSERT INTO campaign_levels (campaign_id, level_id)
     SELECT $2, level_id FROM campaign_levels WHERE campaign_id = $1`,
    [demo, id],
  );
  await q(
    `INSERT INTO target_sets (campaign_id, key, name, is_primary)
     SELECT $2, key, name, is_primary FROM target_sets WHERE campaign_id = $1`,
    [demo, id],
  );
  await q(
    `INSERT INTO targets (target_set_id, indicator_id, level_id, unit_id, value)
     SELECT n.id, t.indicator_id, t.level_id, t.unit_id, t.value
     FROM targets t JOIN target_sets o ON o.id = t.target_set_id
     JOIN target_sets n ON n.key = o.key AND n.campaign_id = $2
     WHERE o.campaign_id = $1`,
    [demo, id],
  );
  return id;
}

/**
 * A level `key` taking part in campaign `campaignId`, with `size` active units written around the API (codes
 * `key-00001`…, no reports): for rankings of a level larger than the demo's. `nameSql` names unit `g` (SQL over `g`).
 */
export async function addLevelOfUnits(
  app: TestApp,
  campaignId: string,
  key: string,
  size: number,
  nameSql = `'Xã Lớn ' || g`,
): Promise<string> {
  const [level] = await app.dataSource.query(`INSERT INTO levels (key, name, depth) VALUES ($1, $1, 4) RETURNING id`, [
    key,
  ]);
  await app.dataSource.query('INSERT INTO campaign_levels (campaign_id, level_id) VALUES ($1, $2)', [
    campaignId,
    level.id,
  ]);
  await app.dataSource.query(
    `INSERT INTO units (code, name, search_text, level_id)
     SELECT $2 || '-' || lpad(g::text, 5, '0'), ${nameSql}, $2 || '-' || g, $1 FROM generate_series(1, $3) g`,
    [level.id, key, size],
  );
  return level.id as string;
}
